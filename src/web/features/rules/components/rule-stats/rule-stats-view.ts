import type { RuleStat, RuleStats } from '../../../../../contract/rule-stats';
import type { RuleKind } from '../../../../../contract/rules';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import type { RuleListItem } from '../../../../data/rules/rule-list-item';
import { ruleName } from '../../kinds/rule-name';
import type { StatsWindowOption } from './stats-windows';

export type Shadower = { id: string; name: string; events: number };

/** What a row shows of its rule's statistics. */
export type RuleStatsView =
  | { state: 'loading' }
  | { state: 'failed' }
  /** The answer came before this rule existed. */
  | { state: 'missing' }
  | {
      state: 'ready';
      stat: RuleStat;
      window: StatsWindowOption;
      /** One bucket of the series, in ms: an hour or a day. */
      bucketMs: number;
      /** Newer numbers are being computed (another window, changed rules): these are the last ones. */
      updating: boolean;
      /** The rules above that win every exception it matches, most exceptions first. */
      shadowers: Shadower[];
      /** Where it must go to win them: above the first of those rules in the order. */
      moveAboveId: string | null;
    };

// One object each, so that memoized rows do not redraw while nothing changes.
export const loadingView: RuleStatsView = { state: 'loading' };
export const failedView: RuleStatsView = { state: 'failed' };
const missingView: RuleStatsView = { state: 'missing' };

type ViewsInput<K extends RuleKind> = {
  kind: K;
  stats: RuleStats;
  rules: readonly RuleListItem<K>[];
  lookup: AssigneeLookup;
  window: StatsWindowOption;
  updating: boolean;
};

/** Each rule's view, by rule id, from one answer of the statistics. */
export function ruleStatsViews<K extends RuleKind>(input: ViewsInput<K>): Map<string, RuleStatsView> {
  const { kind, stats, rules, lookup, window, updating } = input;
  const byId = new Map(rules.map((rule, position) => [rule.id, { rule, position }]));
  const views = new Map<string, RuleStatsView>(rules.map((rule) => [rule.id, missingView]));
  for (const stat of stats[kind]) {
    if (!byId.has(stat.id)) continue;
    const shadowers = stat.shadowedBy.flatMap(({ id, events }) => {
      const found = byId.get(id);
      return found ? [{ id, name: ruleName(kind, found.rule, lookup), events }] : [];
    });
    const first = shadowers.reduce<{ id: string; position: number } | null>((best, { id }) => {
      const position = byId.get(id)!.position;
      return best === null || position < best.position ? { id, position } : best;
    }, null);
    views.set(stat.id, {
      state: 'ready',
      stat,
      window,
      bucketMs: stats.buckets.ms,
      updating,
      shadowers,
      moveAboveId: first?.id ?? null,
    });
  }
  return views;
}
