import type { ExternalReference } from '../../../../../contract/external-references';
import type { Row } from '../../../../../contract/rows';
import { ExternalLink } from '../../../../components/ui/external-link';
import { UnreadableRecord } from '../../../../components/ui/unreadable-record';
import { TrackerIcon } from '../tracker/tracker-icon';
import { trackerLabel } from '../tracker/tracker-kinds';
import { ReferenceIssueLink } from './reference-issue-link';
import { sortReferences } from './sort-references';
import './references-table.css';

type ReferencesTableProps = { envId: number; rows: Row<ExternalReference>[]; caption: string };

/**
 * One row per reference. No row actions: references are permanent (the page says so above the table). The issue
 * column appears only when the server names issues: current PostHog takes `issue` on write and never sends it back.
 */
export function ReferencesTable({ envId, rows, caption }: ReferencesTableProps) {
  const sorted = sortReferences(rows);
  const showsIssue = sorted.some((row) => row.ok && row.value.issue !== undefined);
  const columns = showsIssue ? 4 : 3;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" data-priority={2}>
              Tracker
            </th>
            <th scope="col" data-priority={3}>
              Integration
            </th>
            {showsIssue && <th scope="col">Issue</th>}
            <th scope="col">Ticket</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row, index) =>
            row.ok ? (
              <tr key={row.value.id}>
                <td data-label="Tracker" data-priority={2}>
                  <span className="tracker-kind">
                    <TrackerIcon kind={row.value.integration.kind} />
                    {trackerLabel(row.value.integration.kind)}
                  </span>
                </td>
                <td data-label="Integration" data-priority={3}>
                  {row.value.integration.display_name}
                </td>
                {showsIssue && (
                  <td data-label="Issue">
                    <ReferenceIssueLink envId={envId} issueId={row.value.issue} />
                  </td>
                )}
                <td data-label="Ticket">
                  <ExternalLink url={row.value.external_url} />
                </td>
              </tr>
            ) : (
              <tr key={`unreadable-${row.id ?? index}`}>
                <td colSpan={columns}>
                  <UnreadableRecord row={row} noun="reference" />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
