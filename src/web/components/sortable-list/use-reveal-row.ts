import type { Virtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, type RefObject } from 'react';

/**
 * Brings the row of `revealId` into view: the virtualizer scrolls to its place until it is drawn, then the row is
 * scrolled fully into view and handed to `onReveal` (which may focus it). Nothing happens while the id is not listed.
 */
export function useRevealRow(
  revealId: string | null,
  listRef: RefObject<HTMLOListElement | null>,
  ids: readonly string[],
  virtualizer: Virtualizer<Window, Element>,
  onReveal: ((row: HTMLElement) => void) | undefined,
) {
  useLayoutEffect(() => {
    if (revealId === null) return;
    const index = ids.indexOf(revealId);
    if (index === -1) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-sortable-id="${CSS.escape(revealId)}"]`);
    if (!row) {
      virtualizer.scrollToIndex(index, { align: 'center' });
      return;
    }
    row.scrollIntoView?.({ block: 'nearest' });
    onReveal?.(row);
  });
}
