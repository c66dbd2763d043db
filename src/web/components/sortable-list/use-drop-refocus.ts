import type { Virtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, type RefObject } from 'react';

/**
 * A drop reorders the rows, which can move the dropped row's element and lose its focus: focus follows the row whose
 * id is in `refocusRef`, scrolled into view first when it is not drawn (keys that all came before a frame drop it far
 * from the screen).
 */
export function useDropRefocus(
  refocusRef: RefObject<string | null>,
  listRef: RefObject<HTMLOListElement | null>,
  ids: readonly string[],
  virtualizer: Virtualizer<Window, Element>,
) {
  useLayoutEffect(() => {
    const id = refocusRef.current;
    if (id === null) return;
    const handle = listRef.current?.querySelector<HTMLElement>(
      `[data-sortable-id="${CSS.escape(id)}"] .sortable-list__handle`,
    );
    const index = ids.indexOf(id);
    if (!handle && index !== -1) {
      virtualizer.scrollToIndex(index, { align: 'auto' });
      return;
    }
    refocusRef.current = null;
    if (handle && document.activeElement !== handle) handle.focus({ preventScroll: true });
  });
}
