import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RuleKind } from '../../../contract/rules';
import { settleLimited, writeConcurrency } from '../../lib/settle-limited';
import { deleteRule, forgetRules } from './delete-rule';
import { invalidateRules } from './rule-resource';

export type DeleteRulesResult = {
  /** Deleted (or already gone), in the order asked. */
  deleted: string[];
  /** Still there, each with the error its DELETE answered. */
  failed: { id: string; error: unknown }[];
};

/** Deletes each rule with its own request and reports which ones failed; never rejects for a single failure. */
export async function deleteRules(envId: number, kind: RuleKind, ids: readonly string[]): Promise<DeleteRulesResult> {
  const outcomes = await settleLimited(ids, writeConcurrency, (id) => deleteRule(envId, kind, id));
  const result: DeleteRulesResult = { deleted: [], failed: [] };
  ids.forEach((id, index) => {
    const outcome = outcomes[index]!;
    if (outcome.ok) result.deleted.push(id);
    else result.failed.push({ id, error: outcome.error });
  });
  return result;
}

/** Bulk delete ("Delete N"): the deleted rules leave the list at once; the list is refreshed afterwards. */
export function useDeleteRules(envId: number, kind: RuleKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: readonly string[]) => deleteRules(envId, kind, ids),
    onSuccess: ({ deleted }) => forgetRules(client, envId, kind, deleted),
    onSettled: () => invalidateRules(client, envId, kind),
  });
}
