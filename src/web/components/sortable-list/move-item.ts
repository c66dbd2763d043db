/** One item moving from one position to another (0-based indexes into the list before the move). */
export type Move = { id: string; from: number; to: number };

/**
 * A copy of `items` with the item at `from` moved to `to` (both 0-based; `to` is clamped to the list).
 * An out-of-range `from` changes nothing.
 */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = items.slice();
  if (!Number.isInteger(from) || from < 0 || from >= items.length) return next;
  const target = Math.min(Math.max(Math.trunc(to), 0), items.length - 1);
  const [moved] = next.splice(from, 1) as [T];
  next.splice(target, 0, moved);
  return next;
}

export const moveToTop = <T>(items: readonly T[], index: number): T[] => moveItem(items, index, 0);

export const moveToBottom = <T>(items: readonly T[], index: number): T[] => moveItem(items, index, items.length - 1);

export const moveUp = <T>(items: readonly T[], index: number): T[] => moveItem(items, index, index - 1);

export const moveDown = <T>(items: readonly T[], index: number): T[] => moveItem(items, index, index + 1);

/** Whether the item at `index` can move that way: menus disable "Move up" on the first item, and so on. */
export const canMoveUp = (index: number): boolean => index > 0;
export const canMoveDown = (index: number, length: number): boolean => index >= 0 && index < length - 1;
