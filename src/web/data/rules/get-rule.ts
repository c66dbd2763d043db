import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ruleObjectSchema, type RuleKind, type RuleOf } from '../../../contract/rules';
import { api } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { rulesQueryOptions } from './get-rules';
import { readableRules } from './rule-list-item';
import { ruleKeys, rulePath } from './keys';

/** One rule, or null when the server answers 404: it was deleted (maybe elsewhere) or never existed. */
export type RuleDetail<K extends RuleKind> = RuleOf<K> | null;

// React Query's own guard against function-valued data, which TypeScript cannot resolve for a generic K.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type NotAFunction<T> = T extends Function ? never : T;

export async function getRule<K extends RuleKind>(
  envId: number,
  kind: K,
  id: string,
  signal?: AbortSignal,
): Promise<RuleDetail<K>> {
  try {
    return await api.get(rulePath(envId, kind, `${id}/`), ruleObjectSchema(kind), { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const ruleQueryOptions = <K extends RuleKind>(envId: number, kind: K, id: string) =>
  queryOptions({
    queryKey: ruleKeys.detail(envId, kind, id),
    queryFn: ({ signal }) => getRule(envId, kind, id, signal),
  });

/**
 * The rule as the server holds it now: always a new GET (one already under way is shared), and the detail in the
 * cache is updated with it. PostHog has no ETags, so this is how a save finds out someone else changed the rule.
 */
export function readRuleNow<K extends RuleKind>(client: QueryClient, envId: number, kind: K, id: string) {
  return client.fetchQuery({ ...ruleQueryOptions(envId, kind, id), staleTime: 0 });
}

/**
 * The rule after this dashboard wrote it. A write's `invalidateRules` refetches the open detail; only when that did not
 * happen (a reorder was being saved, or no editor watches it) is it read again.
 */
export function readRuleAfterWrite<K extends RuleKind>(client: QueryClient, envId: number, kind: K, id: string) {
  const state = client.getQueryState<RuleDetail<K>>(ruleKeys.detail(envId, kind, id));
  if (state?.data !== undefined && !state.isInvalidated && state.fetchStatus === 'idle') {
    return Promise.resolve(state.data);
  }
  return readRuleNow(client, envId, kind, id);
}

/**
 * `data === null` means "This rule no longer exists" (also when it disappears on a later refetch). Until the
 * detail arrives, the rule from a loaded list is shown as placeholder data (`isPlaceholderData`).
 */
export function useRule<K extends RuleKind>(envId: number, kind: K, id: string) {
  const client = useQueryClient();
  return useQuery({
    ...ruleQueryOptions(envId, kind, id),
    placeholderData: () =>
      readableRules(client.getQueryData(rulesQueryOptions(envId, kind).queryKey)?.results ?? []).find(
        (rule) => rule.id === id,
      ) as NotAFunction<RuleDetail<K>> | undefined,
  });
}
