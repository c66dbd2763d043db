import type { IssueStatus } from '../../../contract/issues';
import { EmptyState } from '../../components/ui/empty-state';
import { ListSummary } from '../../components/ui/list-summary';
import { PageHeader } from '../../components/ui/page-header';
import { QueryView } from '../../components/ui/query-view';
import { useCurrentEnvironment } from '../../lib/environments/current-environment';
import { formatDateTime } from '../../lib/format';
import { useIssues } from './api/get-issues';

const statusLabels: Record<IssueStatus, string> = {
  active: 'Active',
  resolved: 'Resolved',
  suppressed: 'Suppressed',
  archived: 'Archived',
  pending_release: 'Pending release',
};

export function IssuesPage() {
  const environment = useCurrentEnvironment();
  const issues = useIssues(environment.id);
  return (
    <>
      <PageHeader
        title="Issues"
        description="Groups of similar exceptions. Rules decide how exceptions are grouped into issues and who owns them."
      />
      <QueryView
        query={issues}
        label="issues"
        isEmpty={(page) => page.results.length === 0}
        empty={<EmptyState title={`No issues in ${environment.name} yet.`} />}
      >
        {(page) => (
          <>
            <ListSummary count={page.count} shown={page.results.length} singular="issue" />
            <ul className="item-list">
              {page.results.map((issue) => (
                <li key={issue.id} className="item item--row">
                  <div>
                    <p className="item__title">{issue.name || 'Unnamed issue'}</p>
                    <p className="item__meta">First seen {formatDateTime(issue.first_seen)}</p>
                  </div>
                  <span className={`status status--${issue.status}`}>{statusLabels[issue.status]}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryView>
    </>
  );
}
