import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { createContext, useContext, type FocusEventHandler, type PointerEventHandler } from 'react';

export type HandleState = {
  label: string;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setActivatorNodeRef: (element: HTMLElement | null) => void;
  /** Id of the text saying why reordering is off, or null while it is on. */
  disabledReasonId: string | null;
  /** Make the row live before a key or button is pressed on its handle (see RowActivity). */
  onFocus: FocusEventHandler;
  onBlur: FocusEventHandler;
  onPointerEnter: PointerEventHandler;
  onPointerLeave: PointerEventHandler;
};

export const HandleContext = createContext<HandleState | null>(null);

/**
 * The drag handle of the row around it. It reads everything from context, so one element serves every
 * row and a memoized row body does not re-render when dnd-kit hands out new listeners.
 */
function SortableHandle() {
  const state = useContext(HandleContext);
  if (state === null) throw new Error('The sortable handle renders only inside a SortableList row.');
  const { label, attributes, listeners, setActivatorNodeRef, disabledReasonId, ...pinEvents } = state;
  // A real <button> already has the button role and is focusable; dnd-kit's aria-pressed and roledescription stay.
  const { role: _role, tabIndex: _tabIndex, ...aria } = attributes;
  return (
    <button
      type="button"
      ref={setActivatorNodeRef}
      className="sortable-list__handle"
      {...aria}
      {...listeners}
      {...pinEvents}
      aria-label={`Reorder ${label}`}
      aria-disabled={disabledReasonId !== null || undefined}
      aria-describedby={disabledReasonId ?? attributes['aria-describedby']}
    />
  );
}

/** The same element for every row: see SortableHandle. */
export const sortableHandle = <SortableHandle />;
