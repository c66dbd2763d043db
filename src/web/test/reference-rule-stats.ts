import type { ExceptionEvent } from '../../contract/recent-exceptions';
import type { RuleStats } from '../../contract/rule-stats';
import { sortRules } from '../../contract/rule-evaluation-order';
import type { RuleKind, RuleOf } from '../../contract/rules';
import { referenceStats } from '../../server/console/rule-stats/reference-stats.test-support';
import { engineRules } from '../../server/console/rule-stats/stats-rules';

type StoredRules = { readRules: <K extends RuleKind>(kind: K) => RuleOf<K>[] };

/** What the engine, run directly on `events` with the rules the test server holds, makes of each rule. */
export function referenceRuleStats(api: StoredRules, events: ExceptionEvent[], shown: RuleStats) {
  const rules = engineRules({
    grouping: sortRules(api.readRules('grouping')),
    suppression: sortRules(api.readRules('suppression')),
    assignment: sortRules(api.readRules('assignment')),
  });
  return referenceStats(rules, events, shown);
}
