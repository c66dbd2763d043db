import { Outlet } from 'react-router';
import { SuppressionRuleDetails } from './components/kind-details/suppression-rule-details';
import type { RuleKindView } from './components/rules-list/rule-kind-view';
import { RulesWorkspace } from './components/rules-workspace';

const view: RuleKindView<'suppression'> = { kind: 'suppression', Details: SuppressionRuleDetails };

export function SuppressionRulesPage() {
  return (
    <>
      <RulesWorkspace view={view} />
      <Outlet />
    </>
  );
}
