import type { RuleListItem } from '../../../../data/rules/rule-list-item';
import { loadingView, type RuleStatsView } from '../rule-stats/rule-stats-view';
import type { RowChange } from './rule-list-changes';

/** One row of the list: the rule (or a record that could not be read) and what the row shows about its place. */
export type RuleEntry<R extends RuleListItem = RuleListItem> = {
  rule: R;
  /** 0-based position in the whole list (the evaluation order), also while the list is filtered. */
  position: number;
  last: boolean;
  selected: boolean;
  /** Why reordering is off (the list is filtered), or null. */
  reorderOff: string | null;
  /** Shares its order_key with another rule: PostHog runs the two in no fixed order. */
  tied: boolean;
  /** Just added or moved by a change from the server, while the mark lasts. */
  change: RowChange | null;
  /** Its details (every filter, times, description) are shown. */
  expanded: boolean;
  /** Just created or duplicated here: marked while the person finds it. */
  fresh: boolean;
  /** What its statistics say (one object per answer, so rows redraw only when they change). */
  stats: RuleStatsView;
};

/** What the list knows about rows beyond their rule: ties, changes from the server, open rows, a new rule. */
export type RowMarks = {
  tied: ReadonlySet<string>;
  changes: ReadonlyMap<string, RowChange> | null;
  expanded?: ReadonlySet<string>;
  fresh?: string | null;
  stats?: ReadonlyMap<string, RuleStatsView> | null;
};

const sameEntry = (a: RuleEntry, b: RuleEntry) =>
  a.rule === b.rule &&
  a.position === b.position &&
  a.last === b.last &&
  a.selected === b.selected &&
  a.reorderOff === b.reorderOff &&
  a.tied === b.tied &&
  a.change === b.change &&
  a.expanded === b.expanded &&
  a.fresh === b.fresh &&
  a.stats === b.stats;

/**
 * Builds the rows' entries, handing back the previous object of every row whose entry did not change: rows are
 * memoized on it, so a checkbox click or a move redraws only the rows it touched.
 */
export class RuleEntryCache {
  private previous = new Map<string, RuleEntry>();

  build<R extends RuleListItem>(
    shown: readonly R[],
    all: readonly R[],
    selected: ReadonlySet<string>,
    reorderOff: string | null,
    marks: RowMarks = { tied: new Set(), changes: null },
  ): RuleEntry<R>[] {
    const positions = shown === all ? null : new Map(all.map((rule, index) => [rule.id, index]));
    const next = new Map<string, RuleEntry>();
    const entries = shown.map((rule, index) => {
      const position = positions ? (positions.get(rule.id) ?? index) : index;
      const fresh: RuleEntry<R> = {
        rule,
        position,
        last: position === all.length - 1,
        selected: selected.has(rule.id),
        reorderOff,
        tied: marks.tied.has(rule.id),
        change: marks.changes?.get(rule.id) ?? null,
        expanded: marks.expanded?.has(rule.id) ?? false,
        fresh: marks.fresh === rule.id,
        stats: marks.stats?.get(rule.id) ?? loadingView,
      };
      const old = this.previous.get(rule.id);
      const entry = old && sameEntry(old, fresh) ? (old as RuleEntry<R>) : fresh;
      next.set(rule.id, entry);
      return entry;
    });
    this.previous = next;
    return entries;
  }
}
