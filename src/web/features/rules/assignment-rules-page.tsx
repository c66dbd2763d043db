import { Outlet } from 'react-router';
import { RulesWorkspace } from './components/rules-workspace';

export function AssignmentRulesPage() {
  return (
    <>
      <RulesWorkspace kind="assignment" />
      <Outlet />
    </>
  );
}
