import { useCallback } from 'react';
import type { DragPhrases } from './announcements';
import { useKeyboardDrag, type KeyboardDragState } from './keyboard-drag';
import type { LiftHandler } from './sortable-row';

type KeyboardReorderOptions = {
  ids: readonly string[];
  disabled: boolean;
  phrases: DragPhrases;
  announce: (text: string) => void;
  onLift: () => void;
  onDrop: (drag: KeyboardDragState) => void;
  onCancel: () => void;
};

export function useKeyboardReorder({
  ids,
  disabled,
  phrases,
  announce,
  onLift,
  onDrop,
  onCancel,
}: KeyboardReorderOptions) {
  const { drag, controller } = useKeyboardDrag({
    count: ids.length,
    onMove: ({ id, to }) => announce(phrases.movedOver(id, ids[to])),
    onDrop: (dropped) => {
      announce(phrases.dropped(dropped.id, ids[dropped.to]));
      onDrop(dropped);
    },
    onCancel: ({ id }) => {
      announce(phrases.cancelled(id));
      onCancel();
    },
  });
  const lift = useCallback<LiftHandler>(
    (event, id, index) => {
      if (disabled || !controller.lift(event, id, index)) return;
      onLift();
      announce(phrases.pickedUp(id));
    },
    [disabled, controller, onLift, announce, phrases],
  );
  return { drag, lift };
}
