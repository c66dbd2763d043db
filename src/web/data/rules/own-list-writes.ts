/**
 * Orders this tab put on screen itself (an optimistic move, a delete taken off at once, a saved order). A list that
 * arrives in any other order came from the server, and what differs from the one shown is someone else's change.
 * Kept by content, not identity: the query cache copies what it is given (structural sharing).
 */
const ownOrders = new Map<string, number>();
const keepMs = 60_000;

const signature = (rules: readonly { id: string }[]) => rules.map((rule) => rule.id).join('\n');

/** Notes `rules` as this tab's own order and hands them back. */
export function markOwnWrite<T extends readonly { id: string }[]>(rules: T): T {
  const now = Date.now();
  for (const [key, at] of ownOrders) if (now - at > keepMs) ownOrders.delete(key);
  ownOrders.set(signature(rules), now);
  return rules;
}

export const isOwnWrite = (rules: readonly { id: string }[]): boolean => ownOrders.has(signature(rules));
