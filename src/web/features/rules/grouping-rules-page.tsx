import { Outlet } from 'react-router';
import { GroupingRuleDetails } from './components/kind-details/grouping-rule-details';
import type { RuleKindView } from './components/rules-list/rule-kind-view';
import { RulesWorkspace } from './components/rules-workspace';

const view: RuleKindView<'grouping'> = {
  kind: 'grouping',
  Details: GroupingRuleDetails,
  assigneeOf: (rule) => rule.assignee,
  searchText: (rule) => [rule.description, rule.issue?.name].filter(Boolean).join('\n'),
};

export function GroupingRulesPage() {
  return (
    <>
      <RulesWorkspace view={view} />
      <Outlet />
    </>
  );
}
