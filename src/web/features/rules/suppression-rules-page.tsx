import { RulesOverview } from './components/rules-overview';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

export function SuppressionRulesPage() {
  return (
    <RulesOverview
      kind="suppression"
      title="Suppression rules"
      description="Exceptions that match a rule are dropped before they become issues: all of them, or a sampled share."
      outcome={(rule) => `Drops ${percent.format(rule.sampling_rate)} of matches`}
    />
  );
}
