import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RuleKind, RuleOf } from '../../../contract/rules';
import { rulesQueryOptions } from './get-rules';
import { reorderRules } from './reorder-rules';
import { invalidateRules, nextOrderKey } from './rule-resource';

/**
 * PostHog ignores `order_key` when it creates grouping and suppression rules: a new one gets 0, tied with the first
 * rule, and which of the two runs first is undefined. A reorder naming only the new rule puts it where the list
 * promised. Assignment rules take `order_key` on create.
 */
export const placedByReorder = (kind: RuleKind) => kind !== 'assignment';

/** Where a new rule ended up: where it was meant to go, or where it really runs because the reorder failed. */
export type Placement = { ok: true } | { ok: false; error: unknown; position: number };

type Placed = { order_key: number; created_at: string | null };
const createdTime = (rule: Placed) => Date.parse(rule.created_at ?? '') || 0;

/** The 1-based position `rule` runs at among `others` (order_key, then creation time, as the list sorts). */
export function runningPosition(rule: Placed, others: readonly Placed[]): number {
  const before = others.filter(
    (other) =>
      other.order_key < rule.order_key ||
      (other.order_key === rule.order_key && createdTime(other) <= createdTime(rule)),
  );
  return before.length + 1;
}

/** Moves a just-created rule to `orderKey` when the server did not put it there. */
export async function placeNewRule<K extends RuleKind>(
  envId: number,
  kind: K,
  rule: RuleOf<K>,
  orderKey: number,
  others: readonly Placed[],
): Promise<Placement> {
  if (!placedByReorder(kind) || rule.order_key === orderKey) return { ok: true };
  try {
    await reorderRules(envId, kind, { [rule.id]: orderKey });
    return { ok: true };
  } catch (error) {
    return { ok: false, error, position: runningPosition(rule, others) };
  }
}

/**
 * Asks again to move a new rule to the end of its list (after a failed placement): past every rule the server
 * holds now. Refreshes the kind's lists afterwards.
 */
export function useRetryPlacement<K extends RuleKind>(envId: number, kind: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (rule: RuleOf<K>): Promise<Placement> => {
      const list = await client.fetchQuery({ ...rulesQueryOptions(envId, kind), staleTime: 0 });
      const others = list.results.filter((other) => other.id !== rule.id);
      return placeNewRule(envId, kind, rule, nextOrderKey(others) ?? 0, others);
    },
    onSettled: () => invalidateRules(client, envId, kind),
  });
}
