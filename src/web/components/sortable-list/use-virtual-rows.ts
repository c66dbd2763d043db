import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardDragState } from './keyboard-drag';
import { moveItem } from './move-item';

const overscan = 6;

type VirtualRowsOptions = {
  ids: readonly string[];
  keyboardDrag: KeyboardDragState | null;
  pointerActiveId: string | null;
  estimatedRowSize: number;
  /** Position of the row in the list, ignoring a keyboard drag in progress. */
  indexOf: (id: string) => number;
};

/**
 * The rows to draw: only those on and near the screen, against the window's scroll (TanStack Virtual), so a thousand
 * rows cost what a screenful does. The list scrolls along with a keyboard drag to keep the lifted row in view.
 */
export function useVirtualRows({
  ids,
  keyboardDrag: drag,
  pointerActiveId,
  estimatedRowSize,
  indexOf,
}: VirtualRowsOptions) {
  // During a keyboard drag the rows are laid out with the lifted one at its new place.
  const shownIds = useMemo(() => (drag ? moveItem(ids, drag.from, drag.to) : ids), [ids, drag]);
  const pinned = drag ? drag.to : pointerActiveId === null ? -1 : ids.indexOf(pointerActiveId);
  const listRef = useRef<HTMLOListElement | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const virtualizer = useWindowVirtualizer({
    count: shownIds.length,
    estimateSize: () => estimatedRowSize,
    overscan,
    scrollMargin,
    getItemKey: (index) => shownIds[index]!,
    // The dragged row stays mounted wherever the list is scrolled: it holds the focus and dnd-kit's drag.
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (pinned < 0 || indexes.includes(pinned)) return indexes;
      return [...indexes, pinned].sort((a, b) => a - b);
    },
    initialRect: typeof window === 'undefined' ? undefined : { width: window.innerWidth, height: window.innerHeight },
  });

  // Whatever is above the list (notices, the bulk toolbar) can change its height at any render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const top = list.getBoundingClientRect().top + window.scrollY;
    if (Math.abs(top - scrollMargin) > 0.5) setScrollMargin(top);
  });
  // Rows not drawn yet are laid out again at a new size (the density changed); drawn ones are measured anew.
  useLayoutEffect(() => virtualizer.measure(), [estimatedRowSize, virtualizer]);

  const dragTo = drag?.to;
  useLayoutEffect(() => {
    if (dragTo !== undefined) virtualizer.scrollToIndex(dragTo, { align: 'auto' });
  }, [dragTo, virtualizer]);

  const virtualItems = virtualizer.getVirtualItems();
  const indexOfSlot = (slot: number) => indexOf(shownIds[slot]!);
  // In the list's own order: a keyboard drag moves no element, so the lifted handle keeps its focus.
  const drawn = drag ? [...virtualItems].sort((a, b) => indexOfSlot(a.index) - indexOfSlot(b.index)) : virtualItems;
  const rows = drawn.map((virtual) => ({
    id: shownIds[virtual.index]!,
    slot: virtual.index,
    top: virtual.start - scrollMargin,
  }));
  return { listRef, virtualizer, rows };
}
