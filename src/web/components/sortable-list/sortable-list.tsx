import { closestCenter, DndContext, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createAnnouncements, screenReaderInstructions, type ListSnapshot } from './announcements';
import { KeyPacer } from './key-pacer';
import { moveItem, type Move } from './move-item';
import { RowActivity } from './row-activity';
import { restrictToVerticalAxis, useSortableSensors } from './sensors';
import { SortableRow, type RenderItem } from './sortable-row';

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
};

const modifiers = [restrictToVerticalAxis];

/**
 * An ordered list reordered by dragging each row's handle: mouse and pen (after 5 px), touch (long press) and
 * keyboard (Space or Enter lifts, arrows move, Space or Enter drops, Escape cancels), with positions announced.
 *
 * A drop shows the new order at once and keeps showing it until `items` changes, so a parent that writes the
 * order asynchronously (an optimistic cache update) causes no flash. The parent must answer `onReorder` with new
 * `items`: the new order, or the old one again to roll back.
 *
 * With 1,000 rows only those near the viewport carry dnd-kit's hooks (see RowActivity) and rows far off screen skip
 * layout (`content-visibility`); popups inside a row show because a hovered, focused or expanded row opts out.
 *
 * @example
 * const { reorder } = useReorderRules(envId, 'assignment');
 * <SortableList
 *   items={rules}
 *   getId={(rule) => rule.id}
 *   getLabel={(rule, index) => `rule ${index + 1}: ${describeGroup(rule.filters)}`}
 *   label="Assignment rules, in evaluation order"
 *   disabled={filtered && 'Reordering is off while the list is filtered.'}
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

  const rows = ordered.map((item, index) => ({ item, id: getId(item), label: getLabel(item, index) }));
  // dnd-kit re-renders every row when the array of ids changes identity; derive it from its content instead.
  const idsKey = rows.map((row) => row.id).join('\n');
  const ids = useMemo(() => (idsKey === '' ? [] : idsKey.split('\n')), [idsKey]);

  const snapshot = useRef<ListSnapshot>({ ids: [], labelOf: () => '' });
  useLayoutEffect(() => {
    const labels = new Map(rows.map((row) => [row.id, row.label]));
    snapshot.current = { ids, labelOf: (id) => labels.get(id) ?? id };
  });
  const accessibility = useMemo(
    () => ({
      // The callback runs in dnd-kit's drag events, never during render.
      // eslint-disable-next-line react-hooks/refs
      announcements: createAnnouncements(() => snapshot.current),
      screenReaderInstructions: screenReaderInstructions(instructions),
    }),
    [instructions],
  );

  const sensors = useSortableSensors();
  const listId = useId();
  // dnd-kit names its instructions element after the DndContext id; resting handles point at it too.
  const instructionsId = `${listId}-instructions`;
  const disabledReasonId = disabled ? `${listId}-disabled` : null;

  const [activity] = useState(() => new RowActivity());
  useEffect(() => {
    activity.connect();
    return () => activity.disconnect();
  }, [activity]);
  const unpinActive = useRef<() => void>(() => {});
  const pacer = useRef<KeyPacer | null>(null);
  useEffect(() => () => pacer.current?.stop(), []);
  const handleDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    setHeldItems(items);
    unpinActive.current = activity.pin(String(active.id));
    if (activatorEvent instanceof KeyboardEvent) pacer.current = new KeyPacer(window);
  };
  const endDrag = () => {
    setHeldItems(null);
    unpinActive.current();
    pacer.current?.finish();
    pacer.current = null;
  };

  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    endDrag();
    if (!over) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from === -1 || to === -1 || from === to) return;
    const nextIds = moveItem(ids, from, to);
    setPending({ ids: nextIds, forItems: items });
    onReorder(nextIds, { id: String(active.id), from, to });
  };

  return (
    <DndContext
      id={instructionsId}
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={modifiers}
      accessibility={accessibility}
      onDragStart={handleDragStart}
      onDragEnd={handleDragEnd}
      onDragCancel={endDrag}
    >
      {disabled && (
        <p id={disabledReasonId ?? undefined} className="sortable-list__disabled-reason">
          {disabled}
        </p>
      )}
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={Boolean(disabled)}>
        <ol className={className ? `sortable-list ${className}` : 'sortable-list'} aria-label={label}>
          {rows.map((row, index) => (
            <SortableRow
              key={row.id}
              id={row.id}
              item={row.item}
              index={index}
              label={row.label}
              instructionsId={instructionsId}
              disabledReasonId={disabledReasonId}
              activity={activity}
              renderItem={renderItem}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
