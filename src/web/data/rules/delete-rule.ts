import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RuleKind } from '../../../contract/rules';
import { api } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { rulesQueryOptions } from './get-rules';
import { markOwnWrite } from './own-list-writes';
import { invalidateRules } from './rule-resource';
import { ruleKeys, rulePath } from './keys';

/** A rule that is already gone (404) counts as deleted: what the person asked for is true. */
export async function deleteRule(envId: number, kind: RuleKind, id: string): Promise<void> {
  try {
    await api.delete(rulePath(envId, kind, `${id}/`));
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
}

/** Takes deleted rules off the cached list at once, and marks their details as "no longer exists". */
export function forgetRules(client: QueryClient, envId: number, kind: RuleKind, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const gone = new Set(ids);
  client.setQueryData(rulesQueryOptions(envId, kind).queryKey, (list) => {
    if (!list) return list;
    const results = markOwnWrite(list.results.filter((rule) => !gone.has(rule.id)));
    return { count: list.count - (list.results.length - results.length), results };
  });
  for (const id of ids) client.setQueryData(ruleKeys.detail(envId, kind, id), null);
}

export function useDeleteRule(envId: number, kind: RuleKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteRule(envId, kind, id),
    onSuccess: (_, id) => forgetRules(client, envId, kind, [id]),
    onSettled: () => invalidateRules(client, envId, kind),
  });
}
