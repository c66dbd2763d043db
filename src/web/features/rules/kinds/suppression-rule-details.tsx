import type { SuppressionRule } from '../../../../contract/rules';
import { droppedPercent } from './suppression-rule-outcome';

export function SuppressionRuleDetails({ rule }: { rule: SuppressionRule }) {
  // Older PostHog versions had no sampling: every match was dropped.
  if (rule.sampling_rate === undefined) {
    return (
      <p className="rule-row__detail">
        Drops every match<span className="rule-row__muted"> (this PostHog sends no sampling rate: read as 100%)</span>
      </p>
    );
  }
  return (
    <p className="rule-row__detail">
      {rule.sampling_rate < 1
        ? `Drops ${droppedPercent(rule)} of matches, sampled at random.`
        : `Drops every match (${droppedPercent(rule)}).`}
    </p>
  );
}
