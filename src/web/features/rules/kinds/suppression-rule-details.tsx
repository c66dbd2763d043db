import type { SuppressionRule } from '../../../../contract/rules';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

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
      Drops {percent.format(rule.sampling_rate)} of matches
      {rule.sampling_rate < 1 && <span className="rule-row__muted">, sampled at random</span>}
    </p>
  );
}
