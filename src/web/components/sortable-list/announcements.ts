import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';

export const defaultInstructions =
  'To reorder, focus a reorder button and press Space or Enter to pick the item up. ' +
  'Use the Up and Down arrow keys to move it, then press Space or Enter to drop it in its new position, ' +
  'or Escape to cancel.';

export function screenReaderInstructions(draggable: string = defaultInstructions): ScreenReaderInstructions {
  return { draggable };
}

/** The list as it was when the drag started: the order dnd-kit's ids refer to, and each item's name. */
export type ListSnapshot = { ids: readonly string[]; labelOf: (id: string) => string };

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Announcements in positions a person can follow ("moved to position 5 of 12"), 1-based. `read` returns the
 * latest list, so the object itself never changes and dnd-kit does not resubscribe on every render.
 */
export function createAnnouncements(read: () => ListSnapshot): Announcements {
  const describe = (activeId: UniqueIdentifier, overId?: UniqueIdentifier) => {
    const { ids, labelOf } = read();
    const position = (id: UniqueIdentifier) => ids.indexOf(String(id)) + 1;
    const name = labelOf(String(activeId));
    return {
      name,
      label: sentence(name),
      from: position(activeId),
      to: overId === undefined ? 0 : position(overId),
      total: ids.length,
    };
  };

  // dnd-kit reports the lifted item over its own slot right after the pick-up; saying it again would cut the
  // pick-up announcement short.
  let lastOverId: UniqueIdentifier | undefined;

  return {
    onDragStart({ active }) {
      lastOverId = active.id;
      const { name, from, total } = describe(active.id);
      return `Picked up ${name}. Position ${from} of ${total}.`;
    },
    onDragOver({ active, over }) {
      if (over?.id === lastOverId) return undefined;
      lastOverId = over?.id;
      const { label, to, total } = describe(active.id, over?.id);
      return over ? `${label} moved to position ${to} of ${total}.` : `${label} is no longer over the list.`;
    },
    onDragEnd({ active, over }) {
      const { label, from, to, total } = describe(active.id, over?.id);
      return over
        ? `${label} dropped at position ${to} of ${total}.`
        : `${label} returned to position ${from} of ${total}.`;
    },
    onDragCancel({ active }) {
      const { label, from, total } = describe(active.id);
      return `Reordering cancelled. ${label} returned to position ${from} of ${total}.`;
    },
  };
}
