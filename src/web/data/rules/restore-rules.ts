import { hashKey, useMutation, useQueryClient } from '@tanstack/react-query';
import type { RuleKind, RuleOf } from '../../../contract/rules';
import { settleLimited, writeConcurrency } from '../../lib/settle-limited';
import { createRule, type CreateRuleInput } from './create-rule';
import { getRules, rulesQueryOptions, type RuleList } from './get-rules';
import { markOwnWrite } from './own-list-writes';
import { reorderRules } from './reorder-rules';
import { planRestore, restoreIntents } from './restore-order';
import { isUnreadableRule, type RuleListItem } from './rule-list-item';
import { arrange, denseOrder } from './rule-order';
import { invalidateRules } from './rule-resource';
import { ruleKeys } from './keys';

/** What a delete took away, and the list it took it from: enough to put it back. */
export type DeletedRules<K extends RuleKind> = {
  /** The list's order before the delete. */
  beforeIds: string[];
  /** Every rule deleted, records the dashboard cannot read included (those cannot be re-created). */
  deletedIds: string[];
  /** The deleted rules that can be re-created, in list order. */
  rules: RuleOf<K>[];
};

/**
 * `deleted` as `list` (the list shown, or undefined when it is not loaded) held them before the delete. A rule the
 * list does not know goes back at its end.
 */
export function describeDeletion<K extends RuleKind>(
  list: readonly RuleListItem<K>[] | undefined,
  deleted: readonly RuleListItem<K>[],
): DeletedRules<K> {
  const beforeIds = (list ?? []).map((rule) => rule.id);
  for (const rule of deleted) if (!beforeIds.includes(rule.id)) beforeIds.push(rule.id);
  const position = new Map(beforeIds.map((id, index) => [id, index]));
  const inOrder = [...deleted].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  return {
    beforeIds,
    deletedIds: inOrder.map((rule) => rule.id),
    rules: inOrder.filter((rule): rule is RuleOf<K> => !isUnreadableRule(rule)),
  };
}

export type RestoreResult<K extends RuleKind> = {
  /** The re-creation of each restored rule, by the deleted rule's id (earlier attempts' included). */
  recreated: Map<string, RuleOf<K>>;
  /** The rules that could not be re-created, in list order. */
  failed: { rule: RuleOf<K>; error: unknown }[];
  /** Whether the re-created rules were put back in place; when not, they are in the list, elsewhere. */
  placement: { ok: true } | { ok: false; error: unknown };
};

/** The create body that copies a rule of the kind, at `orderKey` when given (the kind's `duplicateInput`). */
export type CopyRule<K extends RuleKind> = (rule: RuleOf<K>, orderKey?: number) => CreateRuleInput<K>;

const contentOf = <K extends RuleKind>(copy: CopyRule<K>, rule: RuleOf<K>) => JSON.stringify(copy(rule));

/**
 * A create that failed on its way back (a timeout) may have been made all the same: a rule the server holds that
 * was not there before, with the same content, is taken as that rule's re-creation rather than made twice.
 */
function adoptMade<K extends RuleKind>(
  copy: CopyRule<K>,
  deleted: DeletedRules<K>,
  recreated: Map<string, RuleOf<K>>,
  server: RuleList<K>,
): void {
  const known = new Set([...deleted.beforeIds, ...[...recreated.values()].map((rule) => rule.id)]);
  const unknown = server.results.filter((rule): rule is RuleOf<K> => !isUnreadableRule(rule) && !known.has(rule.id));
  for (const rule of deleted.rules) {
    if (recreated.has(rule.id)) continue;
    const content = contentOf(copy, rule);
    const made = unknown.findIndex((candidate) => contentOf(copy, candidate) === content);
    if (made === -1) continue;
    recreated.set(rule.id, unknown[made]!);
    unknown.splice(made, 1);
  }
}

/**
 * Re-creates the deleted rules that `earlier` attempts have not (same filters, assignee, description, sampling
 * rate; an assignment rule at its old order_key), then puts every re-created rule back between the neighbours it
 * had: one read of the list, one move per rule applied to it, and one `PATCH …/reorder/` (none when the server
 * already has that order with distinct keys). Never rejects for a failed create; the list read or reorder failing
 * is `placement`. Answers the list the server holds now, or null when nothing was re-created.
 */
export async function restoreRules<K extends RuleKind>(
  envId: number,
  kind: K,
  deleted: DeletedRules<K>,
  copy: CopyRule<K>,
  earlier?: RestoreResult<K>,
): Promise<RestoreResult<K> & { list: RuleList<K> | null }> {
  const recreated = new Map(earlier?.recreated);
  let server: RuleList<K> | null = null;
  if (earlier && earlier.failed.length > 0) {
    server = await getRules(envId, kind);
    adoptMade(copy, deleted, recreated, server);
  }
  const pending = deleted.rules.filter((rule) => !recreated.has(rule.id));
  const outcomes = await settleLimited(pending, writeConcurrency, (rule) =>
    createRule(envId, kind, copy(rule, rule.order_key)),
  );
  const failed: RestoreResult<K>['failed'] = [];
  pending.forEach((rule, index) => {
    const outcome = outcomes[index]!;
    if (outcome.ok) recreated.set(rule.id, outcome.value);
    else failed.push({ rule, error: outcome.error });
  });
  if (recreated.size === 0) return { recreated, failed, placement: { ok: true }, list: null };

  try {
    if (server === null || pending.length > 0) server = await getRules(envId, kind);
    const newIds = new Map([...recreated].map(([id, rule]) => [id, rule.id]));
    const plan = planRestore(server.results, restoreIntents(deleted.beforeIds, deleted.deletedIds, newIds));
    if (Object.keys(plan.orders).length > 0) await reorderRules(envId, kind, plan.orders);
    const results = arrange(server.results, denseOrder(server.results, plan.nextIds));
    return { recreated, failed, placement: { ok: true }, list: { count: results.length, results } };
  } catch (error) {
    return { recreated, failed, placement: { ok: false, error }, list: null };
  }
}

type Variables<K extends RuleKind> = { deleted: DeletedRules<K>; earlier?: RestoreResult<K> };

/**
 * Undo of a delete (see `restoreRules`). It waits its turn with the list's reorders (their mutation scope), so no
 * drop is saved between its read of the list and its reorder. The list shows the restored order once it is saved.
 */
export function useRestoreRules<K extends RuleKind>(envId: number, kind: K, copy: CopyRule<K>) {
  const client = useQueryClient();
  const reorderKey = ruleKeys.reorder(envId, kind);
  return useMutation({
    mutationKey: [...ruleKeys.all(envId, kind), 'restore'],
    scope: { id: hashKey(reorderKey) },
    mutationFn: ({ deleted, earlier }: Variables<K>) => restoreRules(envId, kind, deleted, copy, earlier),
    onSuccess: ({ recreated, list }) => {
      for (const rule of recreated.values()) client.setQueryData(ruleKeys.detail(envId, kind, rule.id), rule);
      // A drop made meanwhile shows its own order; the list is read again once it is saved.
      if (list && client.isMutating({ mutationKey: reorderKey }) === 0) {
        client.setQueryData(rulesQueryOptions(envId, kind).queryKey, { ...list, results: markOwnWrite(list.results) });
      }
    },
    onSettled: () => invalidateRules(client, envId, kind),
  });
}
