/**
 * Lists this tab wrote into the cache itself (an optimistic move, a delete taken off at once, a saved order). A list
 * that arrives any other way came from the server, and what differs from the one shown is someone else's change.
 */
const ownWrites = new WeakSet<object>();

export function markOwnWrite<T extends object>(list: T): T {
  ownWrites.add(list);
  return list;
}

export const isOwnWrite = (list: object): boolean => ownWrites.has(list);
