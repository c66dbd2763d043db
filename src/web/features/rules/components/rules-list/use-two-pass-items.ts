import { useDeferredValue, useMemo } from 'react';

/** Rows drawn in the first pass: more than a tall screen shows. */
const firstPass = 40;

/**
 * A long list drawn in two passes: the first screenful at once, then the rest in a background render React can
 * interrupt (creating a thousand rules' DOM takes several hundred ms on a slow machine). Later changes of length
 * (a filter cleared) take the same two steps.
 */
export function useTwoPassItems<T>(items: readonly T[]): readonly T[] {
  const drawnCount = useDeferredValue(items.length, Math.min(items.length, firstPass));
  return useMemo(() => (drawnCount >= items.length ? items : items.slice(0, drawnCount)), [items, drawnCount]);
}
