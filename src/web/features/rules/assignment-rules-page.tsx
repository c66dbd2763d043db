import { Link, Outlet } from 'react-router';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { reapplyPath } from '../rule-lab';
import { RulesWorkspace } from './components/rules-workspace';

export function AssignmentRulesPage() {
  const environment = useCurrentEnvironment();
  return (
    <>
      <RulesWorkspace
        kind="assignment"
        actions={
          <Link to={reapplyPath(environment.id)} className="button">
            Re-apply to existing issues…
          </Link>
        }
      />
      <Outlet />
    </>
  );
}
