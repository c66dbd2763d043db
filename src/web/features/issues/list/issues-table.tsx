import { Link } from 'react-router';
import type { Issue } from '../../../../contract/issues';
import { AssigneeLabel } from '../../../components/assignee-picker/assignee-label';
import { RelativeTime } from '../../../components/ui/relative-time';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { formatCount } from '../../../lib/format';
import { issuePagePath, issueTitle } from '../../../lib/issues/issue-ref';
import { IssueStatusBadge } from '../components/issue-status-badge';
import { LinkedTickets } from '../components/linked-tickets';

/** One row per issue; the name links to the issue's page. */
export function IssuesTable({ issues }: { issues: readonly Issue[] }) {
  const environment = useCurrentEnvironment();
  return (
    <div className="table-scroll">
      <table className="data-table issues-table">
        <caption className="visually-hidden">Issues</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Status</th>
            <th scope="col">Assignee</th>
            <th scope="col">First seen</th>
            <th scope="col" className="data-table__number">
              Fingerprints
            </th>
            <th scope="col">Linked tickets</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => (
            <tr key={issue.id}>
              <th scope="row" className="issues-table__name">
                <Link to={issuePagePath(environment.id, issue.id)}>{issueTitle(issue)}</Link>
                {issue.description && <span className="issues-table__description">{issue.description}</span>}
              </th>
              <td>
                <IssueStatusBadge status={issue.status} />
              </td>
              <td className="data-table__nowrap">
                <AssigneeLabel assignee={issue.assignee} />
              </td>
              <td className="data-table__nowrap">
                <RelativeTime iso={issue.first_seen} />
              </td>
              <td className="data-table__number">
                {issue.fingerprint_count == null ? '—' : formatCount(issue.fingerprint_count)}
              </td>
              <td>
                <LinkedTickets tickets={issue.external_issues} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
