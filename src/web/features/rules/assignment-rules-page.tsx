import { RulesOverview } from './components/rules-overview';
import { describeAssignee } from './format-assignee';

export function AssignmentRulesPage() {
  return (
    <RulesOverview
      kind="assignment"
      title="Assignment rules"
      description="Who a new issue goes to: the first rule whose filters match its first exception assigns it."
      outcome={(rule) => `Assigns to ${describeAssignee(rule.assignee)}`}
    />
  );
}
