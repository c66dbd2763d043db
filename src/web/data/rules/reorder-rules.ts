import { hashKey, useIsMutating, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { reorderInputSchema, type RuleKind } from '../../../contract/rules';
import { api } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { getRules, rulesQueryOptions, type RuleList } from './get-rules';
import { markOwnWrite } from './own-list-writes';
import { isStandInId } from './rule-list-item';
import {
  applyIntent,
  arrange,
  computeReorder,
  denseOrder,
  sameOrder,
  undoIntent,
  type Keyed,
  type MoveIntent,
} from './rule-order';
import { ruleHistoryKeys } from '../rule-history/keys';
import { ruleStatsKeys } from '../rule-stats/keys';
import { ruleKeys, rulePath } from './keys';

/** The body of `PATCH …/reorder/`, from the contract. */
export { reorderInputSchema };

/**
 * One request, naming only the rules whose order_key changes; answers 204. A record that came without an id keeps
 * whatever key it has: its stand-in id means nothing to the server.
 */
export async function reorderRules(envId: number, kind: RuleKind, orders: Record<string, number>): Promise<void> {
  const named = Object.fromEntries(Object.entries(orders).filter(([id]) => !isStandInId(id)));
  await api.patch(rulePath(envId, kind, 'reorder/'), reorderInputSchema.parse({ orders: named }));
}

export type ReorderResult = {
  /** The move that was made, or null for "Fix order". */
  intent: MoveIntent | null;
  /** Moves the rule back next to the neighbours the server had it between (null for "Fix order"). */
  undo: MoveIntent | null;
  /** The order the server holds now. */
  nextIds: string[];
  /** What was sent (empty when the server already had this order with distinct keys). */
  orders: Record<string, number>;
  /** The server's order was not the one the person saw: their move was applied on top of someone else's change. */
  rebased: boolean;
};
export type ReorderCallbacks = { onSuccess?: (result: ReorderResult) => void; onError?: (error: unknown) => void };
type Variables = { intent: MoveIntent | null; seenIds: string[] };
type Context = { seen: Keyed[] } | undefined;

/** The rule to move is no longer on the server. */
export const movedRuleGone = () =>
  new ApiError(404, {
    type: 'invalid_request',
    code: 'not_found',
    detail: 'Someone else deleted this rule.',
    attr: null,
  });

/**
 * The order the server holds once `intent` is applied to it (`null`: keep its order, only make the keys distinct),
 * and the `orders` that get it there with every rule of the list on its own key.
 */
export function rebase(list: RuleList<RuleKind>, intent: MoveIntent | null) {
  const serverIds = list.results.map((rule) => rule.id);
  const nextIds = intent ? applyIntent(serverIds, intent) : serverIds;
  if (nextIds === null) return null;
  return { serverIds, nextIds, orders: computeReorder(list.results, nextIds) };
}

/** Per client and list, how many reorders are queued or in flight. */
const pendingCounts = new WeakMap<QueryClient, Map<string, number>>();
function pendingOf(client: QueryClient): Map<string, number> {
  let counts = pendingCounts.get(client);
  if (!counts) pendingCounts.set(client, (counts = new Map()));
  return counts;
}

/**
 * Reordering one list by intent. A drop shows at once (optimistic); saving it reads the list the server holds now
 * (one GET), applies the intent to that order and sends one `PATCH …/reorder/` that leaves every rule on a distinct
 * key. Nobody's move is lost: another person's reorder made meanwhile is kept, and `rebased` says so. Drops wait
 * their turn (one mutation scope per list), each rebased on the order the previous one left.
 *
 * `move(intent)` returns false, and sends nothing, when the rule is already there in the list shown. `fixOrder()`
 * gives tied rules distinct keys in the order shown. `isSaving` is true while any reorder of the list is queued.
 */
export function useReorderRules<K extends RuleKind>(envId: number, kind: K) {
  const client = useQueryClient();
  const mutationKey = ruleKeys.reorder(envId, kind);
  const listKey = rulesQueryOptions(envId, kind).queryKey;
  const scope = hashKey(mutationKey);
  const pendingByList = pendingOf(client);

  const mutation = useMutation({
    mutationKey,
    scope: { id: scope },
    onMutate: async ({ intent }: Variables): Promise<Context> => {
      pendingByList.set(scope, (pendingByList.get(scope) ?? 0) + 1);
      await client.cancelQueries({ queryKey: listKey });
      const list = client.getQueryData(listKey);
      if (!list || !intent) return undefined;
      const shownIds = applyIntent(
        list.results.map((rule) => rule.id),
        intent,
      );
      if (shownIds === null) return undefined;
      const results = arrange(list.results, denseOrder(list.results, shownIds));
      client.setQueryData(listKey, { ...list, results: markOwnWrite(results) });
      return { seen: list.results.map(({ id, order_key }) => ({ id, order_key })) };
    },
    mutationFn: async ({ intent, seenIds }: Variables): Promise<ReorderResult> => {
      const server = await getRules(envId, kind);
      const plan = rebase(server, intent);
      if (plan === null) throw movedRuleGone();
      if (Object.keys(plan.orders).length > 0) await reorderRules(envId, kind, plan.orders);
      if (pendingByList.get(scope) === 1) {
        const results = arrange(server.results, denseOrder(server.results, plan.nextIds));
        client.setQueryData(listKey, { count: results.length, results: markOwnWrite(results) });
      }
      return {
        intent,
        undo: intent && undoIntent(plan.serverIds, intent.id, intent),
        nextIds: plan.nextIds,
        orders: plan.orders,
        rebased: !sameOrder(plan.serverIds, seenIds),
      };
    },
    onError: (_error, _variables, context) => {
      const list = client.getQueryData(listKey);
      if ((pendingByList.get(scope) ?? 0) > 1 || !list || !context) return;
      client.setQueryData(listKey, { ...list, results: markOwnWrite(arrange(list.results, context.seen)) });
    },
    onSettled: () => {
      const pending = (pendingByList.get(scope) ?? 1) - 1;
      pendingByList.set(scope, pending);
      if (pending > 0) return;
      void client.invalidateQueries({ queryKey: ruleKeys.all(envId, kind) });
      // Who wins, and who is shadowed, depends on the order.
      void client.invalidateQueries({ queryKey: ruleStatsKeys.all(envId) });
      void client.invalidateQueries({ queryKey: ruleHistoryKeys.all(envId) });
    },
  });

  const { mutateAsync } = mutation;
  const run = useCallback(
    (intent: MoveIntent | null, { onSuccess, onError }: ReorderCallbacks = {}): boolean => {
      const seenIds = client.getQueryData(listKey)?.results.map((rule) => rule.id) ?? [];
      if (intent && sameOrder(applyIntent(seenIds, intent) ?? seenIds, seenIds)) return false;
      mutateAsync({ intent, seenIds }).then(onSuccess, onError ?? (() => {}));
      return true;
    },
    // listKey is derived from envId and kind.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, envId, kind, mutateAsync],
  );
  const move = useCallback((intent: MoveIntent, callbacks?: ReorderCallbacks) => run(intent, callbacks), [run]);
  const fixOrder = useCallback((callbacks?: ReorderCallbacks) => run(null, callbacks), [run]);

  const isSaving = useIsMutating({ mutationKey }) > 0;
  return { move, fixOrder, isSaving, error: mutation.error };
}
