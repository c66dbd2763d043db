import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RuleKind, RuleOf } from '../../../../contract/rules';
import { api } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { rulesQueryOptions } from './get-rules';
import { readableRules } from './rule-list-item';
import { ruleKeys, ruleObjectSchema, rulePath } from './rule-resource';

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
