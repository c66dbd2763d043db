import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import { capitalize } from '../../lib/format';

export const defaultInstructions =
  'To reorder, focus a reorder button and press Space or Enter to pick the item up. ' +
  'Use the Up and Down arrow keys to move it, then press Space or Enter to drop it in its new position, ' +
  'or Escape to cancel.';

export function screenReaderInstructions(draggable: string = defaultInstructions): ScreenReaderInstructions {
  return { draggable };
}

/** The list as it was when the drag started: the order dnd-kit's ids refer to, and each item's name. */
export type ListSnapshot = { ids: readonly string[]; labelOf: (id: string) => string };

/** What is said at each step of a drag, by item id; the sentences of both kinds of drag. */
export type DragPhrases = {
  pickedUp: (activeId: UniqueIdentifier) => string;
  movedOver: (activeId: UniqueIdentifier, overId?: UniqueIdentifier) => string;
  dropped: (activeId: UniqueIdentifier, overId?: UniqueIdentifier) => string;
  cancelled: (activeId: UniqueIdentifier) => string;
};

/** Sentences in positions a person can follow ("moved to position 5 of 12"), 1-based, from the latest list. */
export function dragPhrases(read: () => ListSnapshot): DragPhrases {
  const describe = (activeId: UniqueIdentifier, overId?: UniqueIdentifier) => {
    const { ids, labelOf } = read();
    const position = (id: UniqueIdentifier) => ids.indexOf(String(id)) + 1;
    const name = labelOf(String(activeId));
    return {
      name,
      label: capitalize(name),
      from: position(activeId),
      to: overId === undefined ? 0 : position(overId),
      total: ids.length,
    };
  };
  return {
    pickedUp(activeId) {
      const { name, from, total } = describe(activeId);
      return `Picked up ${name}. Position ${from} of ${total}.`;
    },
    movedOver(activeId, overId) {
      const { label, to, total } = describe(activeId, overId);
      return overId === undefined
        ? `${label} is no longer over the list.`
        : `${label} moved to position ${to} of ${total}.`;
    },
    dropped(activeId, overId) {
      const { label, from, to, total } = describe(activeId, overId);
      return overId === undefined
        ? `${label} returned to position ${from} of ${total}.`
        : `${label} dropped at position ${to} of ${total}.`;
    },
    cancelled(activeId) {
      const { label, from, total } = describe(activeId);
      return `Reordering cancelled. ${label} returned to position ${from} of ${total}.`;
    },
  };
}

/**
 * dnd-kit's announcements from `dragPhrases`. `read` returns the latest list, so the object itself never changes
 * and dnd-kit does not resubscribe on every render. With `say`, the sentences go there instead of dnd-kit's own
 * live region.
 */
export function createAnnouncements(read: () => ListSnapshot, say?: (text: string) => void): Announcements {
  const phrases = dragPhrases(read);
  const spoken = (text: string) => {
    if (!say) return text;
    say(text);
    return undefined;
  };

  // dnd-kit reports the lifted item over its own slot right after the pick-up; saying it again would cut the
  // pick-up announcement short.
  let lastOverId: UniqueIdentifier | undefined;

  return {
    onDragStart({ active }) {
      lastOverId = active.id;
      return spoken(phrases.pickedUp(active.id));
    },
    onDragOver({ active, over }) {
      if (over?.id === lastOverId) return undefined;
      lastOverId = over?.id;
      return spoken(phrases.movedOver(active.id, over?.id));
    },
    onDragEnd({ active, over }) {
      return spoken(phrases.dropped(active.id, over?.id));
    },
    onDragCancel({ active }) {
      return spoken(phrases.cancelled(active.id));
    },
  };
}
