import type { DraggableAttributes } from '@dnd-kit/core';
import { memo, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useRowLive, type RowActivity } from './row-activity';
import { SortableBinding, type Binding } from './sortable-binding';
import { HandleContext, sortableHandle, type HandleState } from './sortable-handle';

export type RenderItemState = { index: number; handle: ReactNode; isDragging: boolean };
export type RenderItem<T> = (item: T, state: RenderItemState) => ReactNode;

type RowBodyProps<T> = { item: T; index: number; isDragging: boolean; renderItem: RenderItem<T> };

// The body (the costly part) re-renders only when its own item, position or drag state changes.
const RowBody = memo(function RowBody<T>({ item, index, isDragging, renderItem }: RowBodyProps<T>) {
  return renderItem(item, { index, handle: sortableHandle, isDragging });
}) as <T>(props: RowBodyProps<T>) => ReactNode;

type SortableRowProps<T> = Omit<RowBodyProps<T>, 'isDragging'> & {
  id: string;
  label: string;
  /** Id of dnd-kit's screen-reader instructions. */
  instructionsId: string;
  disabledReasonId: string | null;
  activity: RowActivity;
};

const noRef = () => {};

function SortableRowInner<T>(props: SortableRowProps<T>) {
  const { id, item, index, label, instructionsId, disabledReasonId, activity, renderItem } = props;
  const live = useRowLive(activity, id);
  const [binding, setBinding] = useState<Binding | null>(null);
  const current = live ? binding : null;
  const disabled = disabledReasonId !== null;

  const rowRef = useRef<HTMLLIElement | null>(null);
  const attachRow = useCallback(
    (row: HTMLLIElement | null) => {
      rowRef.current = row;
      return row ? activity.observe(id, row) : undefined;
    },
    [activity, id],
  );
  const pinEvents = useMemo(() => activity.handleEvents(id), [activity, id]);

  const attributes = current?.attributes;
  const handle = useMemo<HandleState>(
    () => ({
      label,
      disabledReasonId,
      attributes: attributes ?? restingAttributes(instructionsId, disabled),
      listeners: current?.listeners,
      setActivatorNodeRef: current?.setActivatorNodeRef ?? noRef,
      ...pinEvents,
    }),
    [label, disabledReasonId, attributes, instructionsId, disabled, current, pinEvents],
  );
  const isDragging = current?.isDragging ?? false;

  return (
    <>
      <li
        ref={attachRow}
        className={isDragging ? 'sortable-list__item sortable-list__item--dragging' : 'sortable-list__item'}
      >
        <HandleContext.Provider value={handle}>
          <RowBody item={item} index={index} isDragging={isDragging} renderItem={renderItem} />
        </HandleContext.Provider>
      </li>
      {live && <SortableBinding id={id} index={index} disabled={disabled} rowRef={rowRef} onChange={setBinding} />}
    </>
  );
}

/** What dnd-kit would put on the handle of a row that is not being dragged. */
function restingAttributes(instructionsId: string, disabled: boolean): DraggableAttributes {
  return {
    role: 'button',
    tabIndex: 0,
    'aria-disabled': disabled,
    'aria-pressed': undefined,
    'aria-roledescription': 'sortable',
    'aria-describedby': instructionsId,
  };
}

export const SortableRow = memo(SortableRowInner) as typeof SortableRowInner;
