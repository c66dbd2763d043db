import { Outlet } from 'react-router';
import { RulesWorkspace } from './components/rules-workspace';

export function SuppressionRulesPage() {
  return (
    <>
      <RulesWorkspace kind="suppression" />
      <Outlet />
    </>
  );
}
