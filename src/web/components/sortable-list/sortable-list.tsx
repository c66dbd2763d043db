import {
  closestCenter,
  DndContext,
  DragOverlay,
  MeasuringStrategy,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createAnnouncements, dragPhrases, screenReaderInstructions, type ListSnapshot } from './announcements';
import { useKeyboardDrag, type KeyboardDragState } from './keyboard-drag';
import { moveItem, type Move } from './move-item';
import { RowBody, type RenderItem } from './row-body';
import { restrictToVerticalAxis, usePointerSensors } from './sensors';
import { HandleContext, restingAttributes, type HandleState } from './sortable-handle';
import { SortableRow, type LiftHandler } from './sortable-row';
import './sortable-list.css';

export type SortableListProps<T> = {
  items: readonly T[];
  getId: (item: T) => string;
  /** What a person calls the item at this position, e.g. `rule 3: Exception type is TypeError`. */
  getLabel: (item: T, index: number) => string;
  /** Called once per drop that changed the order. `items` should follow (see `SortableList`). */
  onReorder: (nextIds: string[], moved: Move) => void;
  /**
   * Draws one row; place `handle` where the drag handle goes. Keep it stable (module scope or useCallback):
   * rows are memoized on it.
   */
  renderItem: RenderItem<T>;
  /** The list's accessible name. */
  label: string;
  /** A reason string turns reordering off and is shown above the list and read with every handle. */
  disabled?: string | false;
  /** Screen-reader instructions for the handles; the default speaks of items. */
  instructions?: string;
  className?: string;
  /** A row's usual height in px, for rows not drawn yet. */
  estimatedRowSize?: number;
};

const modifiers = [restrictToVerticalAxis];
// Rows are mounted as they come near the screen: dnd-kit measures them then.
const measuring = { droppable: { strategy: MeasuringStrategy.Always } };
const overscan = 6;
const noop = () => {};

/**
 * An ordered list reordered by dragging each row's handle: mouse and pen (after 5 px), touch (long press) and
 * keyboard (Space or Enter lifts, arrows move, Space or Enter drops, Escape cancels), with positions announced.
 *
 * Only the rows on and near the screen are drawn (TanStack Virtual, against the window's scroll), so a thousand rows
 * cost what a screenful does. Pointer and touch drags are dnd-kit's, the lifted row drawn in a DragOverlay so it
 * survives scrolling away from where it started. Keyboard drags move by position (KeyboardDrag): every key moves the
 * row one place when it comes, across rows that are not mounted, and the row is scrolled into view as it goes.
 *
 * A drop shows the new order at once and keeps showing it until `items` changes, so a parent that writes the
 * order asynchronously (an optimistic cache update) causes no flash. The parent must answer `onReorder` with new
 * `items`: the new order, or the old one again to roll back.
 *
 * @example
 * const { reorder } = useReorderRules(envId, 'assignment');
 * <SortableList
 *   items={rules}
 *   getId={(rule) => rule.id}
 *   getLabel={(rule, index) => `rule ${index + 1}: ${describeGroup(rule.filters)}`}
 *   label="Assignment rules, in evaluation order"
 *   disabled={filtered && 'Reordering is off while the list is filtered.'}
 *   estimatedRowSize={152}
 *   renderItem={renderRule} // stable: (rule, { index, handle, isDragging }) => <RuleRow … />
 *   onReorder={(ids) => reorder(ids, { onSuccess: ({ previousIds }) => offerUndo(previousIds), onError: showError })}
 * />
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
}: SortableListProps<T>) {
  // New items that arrive during a drag (a refetch) wait for the drop: rows never move under the pointer.
  const [heldItems, setHeldItems] = useState<readonly T[] | null>(null);
  const source = heldItems ?? items;
  const [pending, setPending] = useState<{ ids: string[]; forItems: readonly T[] } | null>(null);
  const ordered = useMemo(() => {
    if (pending === null || pending.forItems !== source) return source;
    const byId = new Map(source.map((item) => [getId(item), item]));
    return pending.ids.map((id) => byId.get(id)).filter((item) => item !== undefined);
  }, [pending, source, getId]);

  // dnd-kit's sortables re-render when the array of ids changes identity; derive it from its content instead.
  const idsKey = ordered.map(getId).join('\n');
  const ids = useMemo(() => (idsKey === '' ? [] : idsKey.split('\n')), [idsKey]);
  const rowById = useMemo(
    () => new Map(ordered.map((item, index) => [getId(item), { item, index }])),
    [ordered, getId],
  );
  // Labels are made for the rows drawn and the one announced, not for a thousand rows up front.
  const labelOf = (id: string) => {
    const row = rowById.get(id);
    return row ? getLabel(row.item, row.index) : id;
  };

  const snapshot = useRef<ListSnapshot>({ ids: [], labelOf: () => '' });
  useLayoutEffect(() => {
    snapshot.current = { ids, labelOf };
  });
  const [announcement, setAnnouncement] = useState('');
  const { accessibility, phrases } = useMemo(() => {
    // The callbacks run in drag events, never during render.
    const read = () => snapshot.current;
    return {
      accessibility: {
        // eslint-disable-next-line react-hooks/refs
        announcements: createAnnouncements(read, setAnnouncement),
        screenReaderInstructions: screenReaderInstructions(instructions),
      },
      // eslint-disable-next-line react-hooks/refs
      phrases: dragPhrases(read),
    };
  }, [instructions]);

  const listId = useId();
  // dnd-kit names its instructions element after the DndContext id; resting handles point at it too.
  const instructionsId = `${listId}-instructions`;
  const disabledReasonId = disabled ? `${listId}-disabled` : null;
  const refocus = useRef<string | null>(null);

  const drop = (id: string, from: number, to: number) => {
    setHeldItems(null);
    if (from === -1 || to === -1 || from === to) return;
    const nextIds = moveItem(ids, from, to);
    setPending({ ids: nextIds, forItems: items });
    onReorder(nextIds, { id, from, to });
  };

  const { drag, controller } = useKeyboardDrag({
    count: ids.length,
    onMove: ({ id, to }: KeyboardDragState) => setAnnouncement(phrases.movedOver(id, ids[to])),
    onDrop: ({ id, from, to }: KeyboardDragState) => {
      setAnnouncement(phrases.dropped(id, ids[to]));
      refocus.current = id;
      drop(id, from, to);
    },
    onCancel: ({ id }: KeyboardDragState) => {
      setAnnouncement(phrases.cancelled(id));
      setHeldItems(null);
    },
  });
  const onLift = useCallback<LiftHandler>(
    (event, id, index) => {
      if (disabled || !controller.lift(event, id, index)) return;
      setHeldItems(items);
      setAnnouncement(phrases.pickedUp(id));
    },
    [disabled, controller, items, phrases],
  );

  const sensors = usePointerSensors();
  const [pointerActive, setPointerActive] = useState<string | null>(null);
  const handleDragStart = ({ active }: DragStartEvent) => {
    setHeldItems(items);
    setPointerActive(String(active.id));
  };
  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    setPointerActive(null);
    setHeldItems(null);
    if (!over) return;
    drop(String(active.id), ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };
  const handleDragCancel = () => {
    setPointerActive(null);
    setHeldItems(null);
  };

  // During a keyboard drag the rows are laid out with the lifted one at its new place.
  const shownIds = useMemo(() => (drag ? moveItem(ids, drag.from, drag.to) : ids), [ids, drag]);
  const pinned = drag ? drag.to : pointerActive === null ? -1 : ids.indexOf(pointerActive);
  const listRef = useRef<HTMLOListElement | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const virtualizer = useWindowVirtualizer({
    count: shownIds.length,
    estimateSize: () => estimatedRowSize,
    overscan,
    scrollMargin,
    getItemKey: (index) => shownIds[index]!,
    // The dragged row stays mounted wherever the list is scrolled: it holds the focus and dnd-kit's drag.
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (pinned < 0 || indexes.includes(pinned)) return indexes;
      return [...indexes, pinned].sort((a, b) => a - b);
    },
    initialRect: typeof window === 'undefined' ? undefined : { width: window.innerWidth, height: window.innerHeight },
  });

  // Whatever is above the list (notices, the bulk toolbar) can change its height at any render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const top = list.getBoundingClientRect().top + window.scrollY;
    if (Math.abs(top - scrollMargin) > 0.5) setScrollMargin(top);
  });
  const dragTo = drag?.to;
  useLayoutEffect(() => {
    if (dragTo !== undefined) virtualizer.scrollToIndex(dragTo, { align: 'auto' });
  }, [dragTo, virtualizer]);
  // A drop reorders the rows, which can move the dropped row's element and lose its focus: focus follows the row,
  // scrolled into view first when it is not drawn (keys that all came before a frame drop it far from the screen).
  useLayoutEffect(() => {
    const id = refocus.current;
    if (id === null) return;
    const handle = listRef.current?.querySelector<HTMLElement>(
      `[data-sortable-id="${CSS.escape(id)}"] .sortable-list__handle`,
    );
    const index = ids.indexOf(id);
    if (!handle && index !== -1) {
      virtualizer.scrollToIndex(index, { align: 'auto' });
      return;
    }
    refocus.current = null;
    if (handle && document.activeElement !== handle) handle.focus({ preventScroll: true });
  });

  const virtualItems = virtualizer.getVirtualItems();
  const indexOfSlot = (slot: number) => rowById.get(shownIds[slot]!)!.index;
  // In the list's own order: a keyboard drag moves no element, so the lifted handle keeps its focus.
  const drawn = drag ? [...virtualItems].sort((a, b) => indexOfSlot(a.index) - indexOfSlot(b.index)) : virtualItems;
  const overlayRow = pointerActive === null ? undefined : rowById.get(pointerActive);

  return (
    <DndContext
      id={instructionsId}
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={modifiers}
      measuring={measuring}
      accessibility={accessibility}
      onDragStart={handleDragStart}
      onDragEnd={handleDragEnd}
      onDragCancel={handleDragCancel}
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
          {drawn.map((virtual) => {
            const id = shownIds[virtual.index]!;
            const row = rowById.get(id)!;
            return (
              <SortableRow
                key={id}
                id={id}
                item={row.item}
                index={row.index}
                slot={virtual.index}
                top={virtual.start - scrollMargin}
                total={ids.length}
                label={labelOf(id)}
                lifted={drag?.id === id}
                disabledReasonId={disabledReasonId}
                measure={virtualizer.measureElement}
                onLift={onLift}
                renderItem={renderItem}
              />
            );
          })}
        </ol>
      </SortableContext>
      <DragOverlay dropAnimation={null}>
        {overlayRow && pointerActive !== null && (
          <div className="sortable-list__overlay" inert aria-hidden="true">
            <HandleContext.Provider value={overlayHandle(labelOf(pointerActive), instructionsId)}>
              <RowBody item={overlayRow.item} index={overlayRow.index} isDragging renderItem={renderItem} />
            </HandleContext.Provider>
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}

/** The handle drawn in the lifted copy of a row: it looks pressed and does nothing. */
function overlayHandle(label: string, instructionsId: string): HandleState {
  return {
    label,
    disabledReasonId: null,
    attributes: { ...restingAttributes(instructionsId, false), 'aria-pressed': true },
    listeners: undefined,
    setActivatorNodeRef: noop,
  };
}
