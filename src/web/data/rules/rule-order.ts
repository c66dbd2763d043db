/** What ordering needs of a rule. */
export type Keyed = { id: string; order_key: number };

/**
 * The complete new order: `afterIds` without repeats, then any rule of `before` it left out (in their old order),
 * so every rule still gets a distinct position.
 */
export function completeOrder(before: readonly Keyed[], afterIds: readonly string[]): string[] {
  const order = [...new Set(afterIds)];
  const named = new Set(order);
  for (const rule of before) if (!named.has(rule.id)) order.push(rule.id);
  return order;
}

/**
 * The `orders` of a `PATCH …/reorder/` that turns `before` into `afterIds`: order keys become the dense positions
 * 0…n-1 (as PostHog's UI writes them) and only the rules whose key changes are named. Keys need not be dense or
 * distinct in `before` (PostHog's API leaves every key at 0 unless told otherwise).
 */
export function computeReorder(before: readonly Keyed[], afterIds: readonly string[]): Record<string, number> {
  const keyOf = new Map(before.map((rule) => [rule.id, rule.order_key]));
  const orders: Record<string, number> = {};
  completeOrder(before, afterIds).forEach((id, position) => {
    if (keyOf.get(id) !== position) orders[id] = position;
  });
  return orders;
}

/** Dense keys for `afterIds`, as the server will hold them once the reorder is saved. */
export function denseOrder(before: readonly Keyed[], afterIds: readonly string[]): Keyed[] {
  return completeOrder(before, afterIds).map((id, order_key) => ({ id, order_key }));
}

/**
 * `rules` laid out as `order` says, with its keys. A rule whose key does not change keeps its object (memoized rows
 * stay put); rules `order` does not know follow at the end; ids without a rule are skipped.
 */
export function arrange<R extends Keyed>(rules: readonly R[], order: readonly Keyed[]): R[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const arranged: R[] = [];
  for (const { id, order_key } of order) {
    const rule = byId.get(id);
    if (!rule) continue;
    byId.delete(id);
    arranged.push(rule.order_key === order_key ? rule : { ...rule, order_key });
  }
  return arranged.concat([...byId.values()]);
}

export const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * What a drop means, independent of the rest of the list: "put `id` right after `after`" (null: at the top) or
 * "right before `before`" (null: at the bottom). `anchor` names the neighbour that counts when the two are no
 * longer adjacent on the server: the one the rule was moved towards.
 */
export type MoveIntent = { id: string; after: string | null; before: string | null; anchor: 'after' | 'before' };

/** The intent of moving `id` from where `previousIds` has it to where `nextIds` has it. */
export function intentOfMove(previousIds: readonly string[], nextIds: readonly string[], id: string): MoveIntent {
  const at = nextIds.indexOf(id);
  return {
    id,
    after: nextIds[at - 1] ?? null,
    before: nextIds[at + 1] ?? null,
    anchor: at < previousIds.indexOf(id) ? 'before' : 'after',
  };
}

/**
 * `serverIds` with the move applied: the anchor neighbour if the server still has it, else the other one, else the
 * rule stays where the server has it. Null when the server no longer has the rule.
 */
export function applyIntent(serverIds: readonly string[], intent: MoveIntent): string[] | null {
  if (!serverIds.includes(intent.id)) return null;
  const rest = serverIds.filter((id) => id !== intent.id);
  const placeAfter = (after: string | null): number | null => {
    if (after === null) return 0;
    const index = rest.indexOf(after);
    return index === -1 ? null : index + 1;
  };
  const placeBefore = (before: string | null): number | null => {
    if (before === null) return rest.length;
    const index = rest.indexOf(before);
    return index === -1 ? null : index;
  };
  const [primary, secondary] =
    intent.anchor === 'after'
      ? [placeAfter(intent.after), placeBefore(intent.before)]
      : [placeBefore(intent.before), placeAfter(intent.after)];
  const at = primary ?? secondary;
  if (at === null) return [...serverIds];
  rest.splice(at, 0, intent.id);
  return rest;
}

/** The intent that puts the rule back between the neighbours it has in `ids` (the order before the move). */
export function undoIntent(ids: readonly string[], id: string, move: MoveIntent): MoveIntent {
  const at = ids.indexOf(id);
  return {
    id,
    after: ids[at - 1] ?? null,
    before: ids[at + 1] ?? null,
    anchor: move.anchor === 'after' ? 'before' : 'after',
  };
}

/** Rules that share their order_key with another rule: PostHog evaluates those in no defined order. */
export function tiedIds(rules: readonly Keyed[]): Set<string> {
  const count = new Map<number, number>();
  for (const rule of rules) count.set(rule.order_key, (count.get(rule.order_key) ?? 0) + 1);
  return new Set(rules.filter((rule) => (count.get(rule.order_key) ?? 0) > 1).map((rule) => rule.id));
}
