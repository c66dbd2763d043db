import type { AssignmentRule } from '../../../../contract/rules';
import { RuleAssignee } from '../components/rules-list/rule-assignee';

export function AssignmentRuleDetails({ rule }: { rule: AssignmentRule }) {
  return (
    <p className="rule-row__detail">
      <span className="rule-row__detail-label">Assigns to</span>
      <RuleAssignee assignee={rule.assignee} />
    </p>
  );
}
