import { Link } from 'react-router';
import { EmptyState } from '../../../../components/ui/empty-state';
import { PageHeader } from '../../../../components/ui/page-header';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';

export const issueGoneMessage = 'this issue no longer exists; someone may have merged it into another issue meanwhile.';

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
