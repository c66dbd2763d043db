import { applyIntent, computeReorder, type Keyed, type MoveIntent } from './rule-order';

/**
 * The moves that put re-created rules back where they were deleted from, one per re-created rule, top to bottom of
 * `beforeIds` (the order before the delete), to be applied in that order. `recreated` maps a deleted id to the id of
 * its re-creation; a deleted rule without one (its re-create failed) is left out, also as a neighbour.
 *
 * Each rule is anchored after the nearest rule above it that exists by then: a kept rule, or a re-created one placed
 * by an earlier move. Its fallback is the nearest kept rule below, never a re-created one: those are not placed yet.
 */
export function restoreIntents(
  beforeIds: readonly string[],
  deletedIds: Iterable<string>,
  recreated: ReadonlyMap<string, string>,
): MoveIntent[] {
  const deleted = new Set(deletedIds);
  const keptBelow: (string | null)[] = [];
  let nextKept: string | null = null;
  for (let index = beforeIds.length - 1; index >= 0; index--) {
    keptBelow[index] = nextKept;
    if (!deleted.has(beforeIds[index]!)) nextKept = beforeIds[index]!;
  }

  const intents: MoveIntent[] = [];
  let above: string | null = null;
  beforeIds.forEach((id, index) => {
    if (!deleted.has(id)) {
      above = id;
      return;
    }
    const newId = recreated.get(id);
    if (newId === undefined) return;
    intents.push({ id: newId, after: above, before: keptBelow[index]!, anchor: 'after' });
    above = newId;
  });
  return intents;
}

/**
 * The order `server` (in its order) takes once `intents` are applied one after the other, and the one reorder's
 * `orders` that leave every rule on its own key. A move whose rule the server no longer has is skipped.
 */
export function planRestore(server: readonly Keyed[], intents: readonly MoveIntent[]) {
  const nextIds = intents.reduce(
    (ids, intent) => applyIntent(ids, intent) ?? ids,
    server.map((rule) => rule.id),
  );
  return { nextIds, orders: computeReorder(server, nextIds) };
}
