import { Outlet } from 'react-router';
import { AssignmentRuleDetails } from './components/kind-details/assignment-rule-details';
import type { RuleKindView } from './components/rules-list/rule-kind-view';
import { RulesWorkspace } from './components/rules-workspace';

const view: RuleKindView<'assignment'> = {
  kind: 'assignment',
  Details: AssignmentRuleDetails,
  assigneeOf: (rule) => rule.assignee,
};

export function AssignmentRulesPage() {
  return (
    <>
      <RulesWorkspace view={view} />
      <Outlet />
    </>
  );
}
