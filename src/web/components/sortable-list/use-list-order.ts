import { useCallback, useMemo, useState } from 'react';

export type ListRow<T> = { item: T; index: number };

/**
 * The order the list shows and its rows by id. An order passed to `show` stays on screen until `items` changes, so a
 * parent that writes it asynchronously causes no flash.
 */
export function useListOrder<T>(
  items: readonly T[],
  getId: (item: T) => string,
  getLabel: (item: T, index: number) => string,
) {
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
    () => new Map<string, ListRow<T>>(ordered.map((item, index) => [getId(item), { item, index }])),
    [ordered, getId],
  );
  // Labels are made for the rows drawn and the one announced, not for a thousand rows up front.
  const labelOf = (id: string) => {
    const row = rowById.get(id);
    return row ? getLabel(row.item, row.index) : id;
  };

  const hold = useCallback(() => setHeldItems(items), [items]);
  const release = () => setHeldItems(null);
  const show = (nextIds: string[]) => setPending({ ids: nextIds, forItems: items });
  return { ids, rowById, labelOf, hold, release, show };
}
