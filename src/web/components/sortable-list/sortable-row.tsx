import { useSortable, type NewIndexGetter } from '@dnd-kit/sortable';
import { memo, useCallback, useMemo, type KeyboardEvent } from 'react';
import { RowBody, type RenderItem } from './row-body';
import { HandleContext, type HandleState } from './sortable-handle';
import { shiftedIndex } from './shifted-index';

export type LiftHandler = (event: KeyboardEvent, id: string, index: number) => void;

type SortableRowProps<T> = {
  id: string;
  item: T;
  /** Position in the list (0-based); it stays while a keyboard drag shows the row elsewhere. */
  index: number;
  /** Position in the rows as laid out (the virtualizer's index). */
  slot: number;
  /** Offset from the top of the list, px. */
  top: number;
  total: number;
  label: string;
  lifted: boolean;
  disabledReasonId: string | null;
  measure: (element: Element | null) => void;
  onLift: LiftHandler;
  renderItem: RenderItem<T>;
};

/**
 * One drawn row of the sortable list: placed at `top`, measured by the virtualizer, and a dnd-kit sortable for
 * pointer drags (only the few drawn rows carry the hook). A keyboard drag starts through `onLift`.
 */
function SortableRowInner<T>(props: SortableRowProps<T>) {
  const { id, item, index, slot, top, total, label, lifted, disabledReasonId, measure, onLift, renderItem } = props;
  const disabled = disabledReasonId !== null;
  const getNewIndex = useCallback<NewIndexGetter>((positions) => shiftedIndex(index, positions), [index]);
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id,
    disabled,
    getNewIndex,
  });
  const attachRow = useCallback(
    (row: HTMLLIElement | null) => {
      setNodeRef(row);
      measure(row);
    },
    [setNodeRef, measure],
  );

  const pressed = lifted || isDragging;
  const handle = useMemo<HandleState>(
    () => ({
      label,
      disabledReasonId,
      attributes: { ...attributes, 'aria-pressed': pressed || undefined },
      listeners: { ...listeners, onKeyDown: (event: KeyboardEvent) => onLift(event, id, index) },
      setActivatorNodeRef,
    }),
    [label, disabledReasonId, attributes, pressed, listeners, onLift, id, index, setActivatorNodeRef],
  );

  const className = lifted
    ? 'sortable-list__item sortable-list__item--dragging'
    : isDragging
      ? 'sortable-list__item sortable-list__item--placeholder'
      : 'sortable-list__item';
  return (
    <li
      ref={attachRow}
      data-index={slot}
      data-sortable-id={id}
      aria-setsize={total}
      aria-posinset={index + 1}
      className={className}
      // Placed by `top`, not a transform: dnd-kit measures rows without their transforms.
      style={{
        top,
        transform: transform ? `translateY(${transform.y}px)` : undefined,
        transition: transition ?? undefined,
      }}
    >
      <HandleContext.Provider value={handle}>
        <RowBody item={item} index={index} isDragging={pressed} renderItem={renderItem} />
      </HandleContext.Provider>
    </li>
  );
}

export const SortableRow = memo(SortableRowInner) as typeof SortableRowInner;
