import type { SuppressionRule } from '../../../../../contract/rules';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

export function SuppressionRuleDetails({ rule }: { rule: SuppressionRule }) {
  return (
    <p className="rule-row__detail">
      Drops {percent.format(rule.sampling_rate)} of matches
      {rule.sampling_rate < 1 && <span className="rule-row__muted">, sampled at random</span>}
    </p>
  );
}
