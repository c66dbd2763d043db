import { RulesOverview } from './components/rules-overview';
import { describeAssignee } from './format-assignee';

export function GroupingRulesPage() {
  return (
    <RulesOverview
      kind="grouping"
      title="Grouping rules"
      description="Exceptions that match a rule are grouped into one issue, whatever their stack traces say."
      outcome={(rule) =>
        [
          rule.description || 'Groups matches into one issue',
          rule.issue ? `issue “${rule.issue.name ?? rule.issue.id}”` : 'no issue yet',
          rule.assignee ? `assigns to ${describeAssignee(rule.assignee)}` : null,
        ]
          .filter(Boolean)
          .join(' · ')
      }
    />
  );
}
