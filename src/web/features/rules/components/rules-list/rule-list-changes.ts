import { longestIncreasing } from '../../../../../rule-plans/longest-increasing';

export type RowChange = 'added' | 'moved';

export type ListChanges<R extends { id: string }> = {
  /** Rows that are new or whose place among the others changed. */
  rows: ReadonlyMap<string, RowChange>;
  removed: R[];
};

/**
 * What changed from `before` to `after`: rows added, rows removed, and the fewest rows that moved (the others keep
 * their relative order, so one rule moved to the top is the only one marked, not every rule it passed).
 */
export function diffRuleLists<R extends { id: string }>(before: readonly R[], after: readonly R[]): ListChanges<R> {
  const beforeIndex = new Map(before.map((rule, index) => [rule.id, index]));
  const afterIds = new Set(after.map((rule) => rule.id));
  const rows = new Map<string, RowChange>();
  const common = after.filter((rule) => beforeIndex.has(rule.id));
  const kept = longestIncreasing(common.map((rule) => beforeIndex.get(rule.id)!));
  common.forEach((rule, index) => {
    if (!kept.has(index)) rows.set(rule.id, 'moved');
  });
  for (const rule of after) if (!beforeIndex.has(rule.id)) rows.set(rule.id, 'added');
  return { rows, removed: before.filter((rule) => !afterIds.has(rule.id)) };
}

export const hasChanges = (changes: ListChanges<{ id: string }>) => changes.rows.size > 0 || changes.removed.length > 0;
