import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { createContext, useContext } from 'react';

export type HandleState = {
  label: string;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setActivatorNodeRef: (element: HTMLElement | null) => void;
  /** Id of the text saying why reordering is off, or null while it is on. */
  disabledReasonId: string | null;
};

export const HandleContext = createContext<HandleState | null>(null);

/**
 * The drag handle of the row around it. It reads everything from context, so one element serves every
 * row and a memoized row body does not re-render when dnd-kit hands out new listeners.
 */
function SortableHandle() {
  const state = useContext(HandleContext);
  if (state === null) throw new Error('The sortable handle renders only inside a SortableList row.');
  const { label, attributes, listeners, setActivatorNodeRef, disabledReasonId } = state;
  // A real <button> already has the button role and is focusable; dnd-kit's aria-pressed and roledescription stay.
  const { role: _role, tabIndex: _tabIndex, ...aria } = attributes;
  return (
    <button
      type="button"
      ref={setActivatorNodeRef}
      className="sortable-list__handle"
      {...aria}
      {...listeners}
      aria-label={`Reorder ${label}`}
      aria-disabled={disabledReasonId !== null || undefined}
      aria-describedby={disabledReasonId ?? attributes['aria-describedby']}
    />
  );
}

export const sortableHandle = <SortableHandle />;

/** What dnd-kit would put on the handle of a row that is not being dragged. */
export function restingAttributes(instructionsId: string, disabled: boolean): DraggableAttributes {
  return {
    role: 'button',
    tabIndex: 0,
    'aria-disabled': disabled,
    'aria-pressed': undefined,
    'aria-roledescription': 'sortable',
    'aria-describedby': instructionsId,
  };
}
