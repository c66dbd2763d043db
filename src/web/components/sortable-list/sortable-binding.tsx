import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { useSortable, type NewIndexGetter } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useCallback, useLayoutEffect, type RefObject } from 'react';

export type Binding = {
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setActivatorNodeRef: (element: HTMLElement | null) => void;
  isDragging: boolean;
};

type SortableBindingProps = {
  id: string;
  index: number;
  disabled: boolean;
  rowRef: RefObject<HTMLLIElement | null>;
  onChange: (binding: Binding | null) => void;
};

/**
 * dnd-kit's `useSortable` for one row, rendering nothing. It re-renders on every step of a drag, so it writes the
 * row's transform straight to the DOM and reports upward only what changes rarely (listeners, drag state). It is
 * rendered after its row so the row's element exists when it binds.
 */
export function SortableBinding({ id, index, disabled, rowRef, onChange }: SortableBindingProps) {
  // dnd-kit's default copies the whole id list for every row on every step: O(n²) per step.
  const getNewIndex = useCallback<NewIndexGetter>(
    ({ activeIndex, overIndex }) => {
      if (index === activeIndex) return overIndex;
      if (activeIndex < index && index <= overIndex) return index - 1;
      if (overIndex <= index && index < activeIndex) return index + 1;
      return index;
    },
    [index],
  );
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id,
    disabled,
    getNewIndex,
  });

  useLayoutEffect(() => {
    setNodeRef(rowRef.current);
    return () => setNodeRef(null);
  }, [setNodeRef, rowRef]);

  const transformCss = CSS.Translate.toString(transform) ?? '';
  useLayoutEffect(() => {
    const row = rowRef.current;
    if (!row) return;
    row.style.transform = transformCss;
    row.style.transition = transition ?? '';
  }, [rowRef, transformCss, transition]);
  useLayoutEffect(
    () => () => {
      rowRef.current?.style.removeProperty('transform');
      rowRef.current?.style.removeProperty('transition');
    },
    [rowRef],
  );

  useLayoutEffect(() => {
    onChange({ attributes, listeners, setActivatorNodeRef, isDragging });
  }, [onChange, attributes, listeners, setActivatorNodeRef, isDragging]);
  useLayoutEffect(() => () => onChange(null), [onChange]);

  return null;
}
