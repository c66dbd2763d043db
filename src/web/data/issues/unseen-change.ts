import type { Assignee } from '../../../contract/assignee';

/**
 * Someone changed a field between the moment the person saw it and their own change: `changed` when writing would
 * overwrite that unseen value, `already` when it already holds what the person wanted.
 */
export type UnseenChange<T> = { kind: 'changed' | 'already'; fresh: T };

/**
 * PostHog's issues carry no version or ETag, so a write is checked against a fresh read of the field just before
 * it is sent: null when the field still holds what the person saw.
 */
export function unseenChange<T>(
  { seen, wanted, fresh }: { seen: T; wanted: T; fresh: T },
  same: (a: T, b: T) => boolean = Object.is,
): UnseenChange<T> | null {
  if (same(fresh, seen)) return null;
  return { kind: same(fresh, wanted) ? 'already' : 'changed', fresh };
}

export const sameAssignee = (a: Assignee | null, b: Assignee | null): boolean =>
  a === null || b === null ? a === b : a.type === b.type && String(a.id) === String(b.id);
