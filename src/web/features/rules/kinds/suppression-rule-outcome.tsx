import type { SuppressionRule } from '../../../../contract/rules';
import { percentOfRate } from './rule-form-values';

/** "25%"; a rule from a PostHog without sampling drops every match, as at 100%. */
export const droppedPercent = (rule: SuppressionRule) => `${percentOfRate(rule.sampling_rate ?? 1)}%`;

export function SuppressionRuleOutcome({ rule }: { rule: SuppressionRule }) {
  return <span className="rule-row__outcome-text">Drops {droppedPercent(rule)} of matches</span>;
}
