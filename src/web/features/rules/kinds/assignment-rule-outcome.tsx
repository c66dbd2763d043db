import type { AssignmentRule } from '../../../../contract/rules';
import { RuleAssignee } from '../components/rules-list/rule-assignee';

export function AssignmentRuleOutcome({ rule }: { rule: AssignmentRule }) {
  return <RuleAssignee assignee={rule.assignee} />;
}
