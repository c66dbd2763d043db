import { hashKey, useIsMutating, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { reorderInputSchema, type RuleKind } from '../../../../contract/rules';
import { api } from '../../../lib/api-client';
import { rulesQueryOptions } from './get-rules';
import { arrange, denseOrder, computeReorder, sameOrder, type Keyed } from './rule-order';
import { isStandInId } from './rule-list-item';
import { ruleKeys, rulePath } from './rule-resource';

export { computeReorder } from './rule-order';
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
  /** The order before this drop: `reorder(previousIds)` undoes it. */
  previousIds: string[];
  nextIds: string[];
  /** What was sent (empty when the server already had this order). */
  orders: Record<string, number>;
};
export type ReorderCallbacks = { onSuccess?: (result: ReorderResult) => void; onError?: (error: unknown) => void };
type Variables = { nextIds: string[]; previousIds: string[] };

/**
 * Per list, while reorders are being saved: how many, and the order the server holds as far as we know (its keys
 * as last confirmed). Every request is the diff from that order, so a request never depends on an earlier one
 * that may still fail.
 */
type Queue = { pending: number; confirmed: Keyed[] | null };
const queues = new WeakMap<QueryClient, Map<string, Queue>>();

function queueOf(client: QueryClient, key: string): Queue {
  let lists = queues.get(client);
  if (!lists) queues.set(client, (lists = new Map()));
  let queue = lists.get(key);
  if (!queue) lists.set(key, (queue = { pending: 0, confirmed: null }));
  return queue;
}

const keyed = ({ id, order_key }: Keyed): Keyed => ({ id, order_key });

/**
 * Reordering one list: the new order shows at once (optimistic), then one `PATCH …/reorder/` per drop saves it.
 * Drops made while a request is in flight wait their turn (one mutation scope per list) and each sends its diff
 * from the last confirmed order. A failure is rolled back only if no later drop is queued (that drop carries the
 * order on screen); the list is refetched once the queue is idle, so no older answer overwrites a newer drop.
 *
 * `reorder(nextIds, { onSuccess, onError })` returns false, and sends nothing, when the order did not change.
 * `onSuccess` gets `previousIds` for Undo (`reorder(previousIds)`); `onError` gets the ApiError (also in `error`).
 * `isSaving` is true while any reorder of this list is queued or in flight.
 */
export function useReorderRules<K extends RuleKind>(envId: number, kind: K) {
  const client = useQueryClient();
  const mutationKey = ruleKeys.reorder(envId, kind);
  const queue = queueOf(client, hashKey(mutationKey));
  const listKey = rulesQueryOptions(envId, kind).queryKey;

  const mutation = useMutation({
    mutationKey,
    scope: { id: hashKey(mutationKey) },
    onMutate: async ({ nextIds }: Variables) => {
      queue.pending += 1;
      await client.cancelQueries({ queryKey: listKey });
      const list = client.getQueryData(listKey);
      if (!list) return;
      queue.confirmed ??= list.results.map(keyed);
      client.setQueryData(listKey, { ...list, results: arrange(list.results, denseOrder(list.results, nextIds)) });
    },
    mutationFn: async ({ nextIds, previousIds }: Variables): Promise<ReorderResult> => {
      const confirmed = queue.confirmed ?? [];
      const orders = computeReorder(confirmed, nextIds);
      if (Object.keys(orders).length > 0) await reorderRules(envId, kind, orders);
      queue.confirmed = denseOrder(confirmed, nextIds);
      return { previousIds, nextIds, orders };
    },
    onError: () => {
      const list = client.getQueryData(listKey);
      if (queue.pending > 1 || !list || !queue.confirmed) return;
      client.setQueryData(listKey, { ...list, results: arrange(list.results, queue.confirmed) });
    },
    onSettled: () => {
      queue.pending -= 1;
      if (queue.pending > 0) return;
      queue.confirmed = null;
      void client.invalidateQueries({ queryKey: ruleKeys.all(envId, kind) });
    },
  });

  const { mutateAsync } = mutation;
  const reorder = useCallback(
    (nextIds: string[], { onSuccess, onError }: ReorderCallbacks = {}): boolean => {
      const list = client.getQueryData(rulesQueryOptions(envId, kind).queryKey);
      const previousIds = list?.results.map((rule) => rule.id) ?? [];
      if (sameOrder(previousIds, nextIds)) return false;
      mutateAsync({ nextIds, previousIds }).then(onSuccess, onError ?? (() => {}));
      return true;
    },
    [client, envId, kind, mutateAsync],
  );

  const isSaving = useIsMutating({ mutationKey }) > 0;
  return { reorder, isSaving, error: mutation.error };
}
