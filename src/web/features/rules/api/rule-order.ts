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
