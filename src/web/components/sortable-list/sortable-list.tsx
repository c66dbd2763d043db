import { closestCenter, DndContext, MeasuringStrategy } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useId, useRef } from 'react';
import { moveItem } from './move-item';
import { RowDragOverlay } from './row-drag-overlay';
import { restrictToVerticalAxis } from './sensors';
import type { SortableListProps } from './sortable-list-props';
import { SortableRow } from './sortable-row';
import { useDragAnnouncements } from './use-drag-announcements';
import { useDropRefocus } from './use-drop-refocus';
import { useRevealRow } from './use-reveal-row';
import { useKeyboardReorder } from './use-keyboard-reorder';
import { useListOrder } from './use-list-order';
import { usePointerDrag } from './use-pointer-drag';
import { useVirtualRows } from './use-virtual-rows';
import './sortable-list.css';

const modifiers = [restrictToVerticalAxis];
// Rows are mounted as they come near the screen: dnd-kit measures them then.
const measuring = { droppable: { strategy: MeasuringStrategy.Always } };

/**
 * An ordered list reordered by dragging each row's handle: mouse and pen (after 5 px), touch (long press) and
 * keyboard (Space or Enter lifts, arrows move, Space or Enter drops, Escape cancels), with positions announced.
 *
 * A drop shows the new order at once and keeps showing it until `items` changes, so a parent that writes the
 * order asynchronously (an optimistic cache update) causes no flash. The parent must answer `onReorder` with new
 * `items`: the new order, or the old one again to roll back.
 */
export function SortableList<T>({
  items,
  getId,
  getLabel,
  onReorder,
  renderItem,
  label,
  disabled = false,
  instructions,
  className,
  estimatedRowSize = 64,
  revealId = null,
  onReveal,
}: SortableListProps<T>) {
  const { ids, rowById, labelOf, hold, release, show } = useListOrder(items, getId, getLabel);
  const { announcement, announce, accessibility, phrases } = useDragAnnouncements(ids, labelOf, instructions);

  const listId = useId();
  // dnd-kit names its instructions element after the DndContext id; resting handles point at it too.
  const instructionsId = `${listId}-instructions`;
  const disabledReasonId = disabled ? `${listId}-disabled` : null;
  const refocusRef = useRef<string | null>(null);

  const drop = (id: string, from: number, to: number) => {
    release();
    if (from === -1 || to === -1 || from === to) return;
    const nextIds = moveItem(ids, from, to);
    show(nextIds);
    onReorder(nextIds, { id, from, to });
  };

  const { drag, lift } = useKeyboardReorder({
    ids,
    disabled: Boolean(disabled),
    phrases,
    announce,
    onLift: hold,
    onDrop: ({ id, from, to }) => {
      refocusRef.current = id;
      drop(id, from, to);
    },
    onCancel: release,
  });

  const pointer = usePointerDrag({
    onStart: hold,
    onEnd: release,
    onDrop: (activeId, overId) => drop(activeId, ids.indexOf(activeId), ids.indexOf(overId)),
  });
  const { listRef, virtualizer, rows } = useVirtualRows({
    ids,
    keyboardDrag: drag,
    pointerActiveId: pointer.activeId,
    estimatedRowSize,
    indexOf: (id) => rowById.get(id)!.index,
  });
  useDropRefocus(refocusRef, listRef, ids, virtualizer);
  useRevealRow(revealId, listRef, ids, virtualizer, onReveal);

  return (
    <DndContext
      id={instructionsId}
      sensors={pointer.sensors}
      collisionDetection={closestCenter}
      modifiers={modifiers}
      measuring={measuring}
      accessibility={accessibility}
      {...pointer.handlers}
    >
      {disabled && (
        <p id={disabledReasonId ?? undefined} className="sortable-list__disabled-reason">
          {disabled}
        </p>
      )}
      <div className="visually-hidden sortable-list__live-region" role="status" aria-live="assertive" aria-atomic>
        {announcement}
      </div>
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={Boolean(disabled)}>
        <ol
          ref={listRef}
          className={className ? `sortable-list ${className}` : 'sortable-list'}
          aria-label={label}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {rows.map(({ id, slot, top }) => {
            const row = rowById.get(id)!;
            return (
              <SortableRow
                key={id}
                id={id}
                item={row.item}
                index={row.index}
                slot={slot}
                top={top}
                total={ids.length}
                label={labelOf(id)}
                lifted={drag?.id === id}
                disabledReasonId={disabledReasonId}
                measure={virtualizer.measureElement}
                onLift={lift}
                renderItem={renderItem}
              />
            );
          })}
        </ol>
      </SortableContext>
      <RowDragOverlay
        row={pointer.activeId === null ? undefined : rowById.get(pointer.activeId)}
        label={pointer.activeId === null ? '' : labelOf(pointer.activeId)}
        instructionsId={instructionsId}
        renderItem={renderItem}
      />
    </DndContext>
  );
}
