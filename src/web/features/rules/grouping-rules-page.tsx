import { Outlet } from 'react-router';
import { RulesWorkspace } from './components/rules-workspace';

export function GroupingRulesPage() {
  return (
    <>
      <RulesWorkspace kind="grouping" />
      <Outlet />
    </>
  );
}
