import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';

type State = { ids: ReadonlySet<string>; anchor: string | null };
const empty: State = { ids: new Set(), anchor: null };

/** The ids from `start` to `end` (either order) in `ids`, or just `end` when `start` is not shown. */
export function rangeOf(ids: readonly string[], start: string | null, end: string): string[] {
  const from = start === null ? -1 : ids.indexOf(start);
  const to = ids.indexOf(end);
  if (from === -1 || to === -1) return [end];
  return ids.slice(Math.min(from, to), Math.max(from, to) + 1);
}

/**
 * Checkbox selection over the rows shown. A shift-click sets every row from the last clicked one to this one as
 * this one is set. Rows that leave the list (deleted, filtered out) leave the selection.
 */
export function useRuleSelection(shownIds: readonly string[]) {
  const [state, setState] = useState<State>(empty);
  const shownRef = useRef(shownIds);
  useLayoutEffect(() => {
    shownRef.current = shownIds;
  });

  const selected = useMemo<ReadonlySet<string>>(() => {
    const shown = new Set(shownIds);
    if ([...state.ids].every((id) => shown.has(id))) return state.ids;
    return new Set([...state.ids].filter((id) => shown.has(id)));
  }, [state.ids, shownIds]);

  /** Called from a row's checkbox; `extend` is the shift key. */
  const toggle = useCallback((id: string, checked: boolean, extend: boolean) => {
    setState((current) => {
      const ids = new Set(current.ids);
      for (const each of extend ? rangeOf(shownRef.current, current.anchor, id) : [id]) {
        if (checked) ids.add(each);
        else ids.delete(each);
      }
      return { ids, anchor: id };
    });
  }, []);

  const selectAll = useCallback((checked: boolean) => {
    setState({ ids: checked ? new Set(shownRef.current) : new Set(), anchor: null });
  }, []);

  /** Keeps only these ids selected (a bulk delete that failed for some). */
  const keepOnly = useCallback((ids: readonly string[]) => setState({ ids: new Set(ids), anchor: null }), []);
  const clear = useCallback(() => setState(empty), []);

  return { selected, toggle, selectAll, keepOnly, clear };
}
