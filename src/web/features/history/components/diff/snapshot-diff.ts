import type { RuleSnapshot } from '../../../../../contract/rule-history';
import { planDiff, planRules, targetOf, type RuleDiff } from '../../../../../rule-plans';
import { listOf } from '../revert/revert-target';

/**
 * What changed from `before` to `after`, rule by rule (matched by id): what a history entry did. A rule it created
 * has its id here too (a plan's new rule has none yet), and a grouping rule that changed in place is "updated".
 */
export function snapshotDiff(before: RuleSnapshot, after: RuleSnapshot): RuleDiff[] {
  return planDiff(before, planRules(before, targetOf(after))).map((diff) => {
    if (diff.change === 'replaced') return { ...diff, change: 'updated' };
    if (diff.change !== 'created' || diff.to === null) return diff;
    return { ...diff, id: listOf(after, diff.kind)[diff.to - 1]?.id ?? null };
  });
}
