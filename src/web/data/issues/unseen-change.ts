import type { Assignee } from '../../../contract/assignee';

/** `changed`: writing would overwrite a value the person never saw; `already`: it holds what they wanted. */
export type UnseenChange<T> = { kind: 'changed' | 'already'; fresh: T };

export function unseenChange<T>(
  { seen, wanted, fresh }: { seen: T; wanted: T; fresh: T },
  same: (a: T, b: T) => boolean = Object.is,
): UnseenChange<T> | null {
  if (same(fresh, seen)) return null;
  return { kind: same(fresh, wanted) ? 'already' : 'changed', fresh };
}

export const sameAssignee = (a: Assignee | null, b: Assignee | null): boolean =>
  a === null || b === null ? a === b : a.type === b.type && String(a.id) === String(b.id);
