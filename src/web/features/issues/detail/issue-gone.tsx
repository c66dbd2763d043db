import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';

/** A 404 for an issue: most often it was merged into another one. */
export function IssueGone() {
  const environment = useCurrentEnvironment();
  return (
    <>
      <PageHeader title="Issue not found" description="Issues disappear when they are merged into another issue." />
      <EmptyState title="This issue no longer exists">
        <p>
          It may have been merged into another issue.{' '}
          <Link to={`/env/${environment.id}/issues`}>Back to the issues list</Link>
        </p>
      </EmptyState>
    </>
  );
}
