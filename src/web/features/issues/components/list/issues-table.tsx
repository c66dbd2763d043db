import { Link } from 'react-router';
import type { Row } from '../../../../../contract/rows';
import { AssigneeLabelView } from '../../../../components/assignee-picker/assignee-label';
import { RelativeTime } from '../../../../components/ui/relative-time';
import { UnreadableRecord } from '../../../../components/ui/unreadable-record';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import { countOf, formatCount } from '../../../../lib/format';
import { issuePagePath, issueTitle } from '../../../../data/issues/issue-ref';
import { rowAssignee, type IssueRow } from '../../../../data/issues/issue-row';
import { useAssigneeDirectory } from '../../../../data/organization/use-assignee-directory';
import { IssueFirstSeen } from '../issue-first-seen';
import { IssueStatusBadge } from '../issue-status-badge';

const columns = ['Name', 'Status', 'Assignee', 'Last seen', 'First seen', 'Occurrences'] as const;
const numeric = new Set<string>(['Occurrences']);
/** Which columns give way first on a narrow screen (see the table pattern in styles/components.css). */
const priority: Partial<Record<(typeof columns)[number], number>> = { 'First seen': 3, Occurrences: 2 };

/** PostHog counts arrive as floats ("12.0"). */
const count = (value: number | undefined) => (value === undefined ? '—' : formatCount(Math.round(value)));

function IssueTableRow({ issue, envId, lookup }: { issue: IssueRow; envId: number; lookup: AssigneeLookup }) {
  return (
    <tr>
      <th scope="row" className="issues-table__name" title={issue.description ?? undefined}>
        <Link to={issuePagePath(envId, issue.id)}>{issueTitle({ name: issue.name ?? null })}</Link>
        {issue.description && <span className="issues-table__description">{issue.description}</span>}
      </th>
      <td data-label="Status">
        {issue.status ? <IssueStatusBadge status={issue.status} /> : <span className="muted">—</span>}
      </td>
      <td className="data-table__nowrap" data-label="Assignee">
        <AssigneeLabelView assignee={rowAssignee(issue)} lookup={lookup} />
      </td>
      <td className="data-table__nowrap" data-label="Last seen">
        {issue.last_seen ? <RelativeTime iso={issue.last_seen} /> : <span className="muted">—</span>}
      </td>
      <td className="data-table__nowrap" data-label="First seen" data-priority={priority['First seen']}>
        <IssueFirstSeen iso={issue.first_seen} />
      </td>
      <td className="data-table__number" data-label="Occurrences" data-priority={priority.Occurrences}>
        {count(issue.aggregations?.occurrences)}
        {issue.aggregations?.users !== undefined && (
          <>
            {' '}
            <span className="issues-table__users">{countOf(Math.round(issue.aggregations.users), 'user')}</span>
          </>
        )}
      </td>
    </tr>
  );
}

export function IssuesTable({ rows }: { rows: readonly Row<IssueRow>[] }) {
  const environment = useCurrentEnvironment();
  // Read once for the whole table, not per row.
  const { lookup } = useAssigneeDirectory();
  return (
    <div className="table-scroll">
      <table className="data-table issues-table">
        <caption className="visually-hidden">Issues</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column}
                scope="col"
                className={numeric.has(column) ? 'data-table__number' : undefined}
                data-priority={priority[column]}
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) =>
            row.ok ? (
              <IssueTableRow key={row.value.id} issue={row.value} envId={environment.id} lookup={lookup} />
            ) : (
              <tr key={`unreadable-${index}`}>
                <td colSpan={columns.length}>
                  <UnreadableRecord row={row} noun="issue" />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
