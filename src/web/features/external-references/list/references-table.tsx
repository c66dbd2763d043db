import type { ExternalReference } from '../../../../contract/external-references';
import { TrackerIcon } from '../tracker/tracker-icon';
import { trackerLabel } from '../tracker/tracker-kinds';
import { ExternalTicketLink } from './external-ticket-link';
import { ReferenceIssueLink } from './reference-issue-link';

type ReferencesTableProps = { envId: number; references: ExternalReference[]; caption: string };

/** One row per reference. No row actions: references are permanent (the page says so above the table). */
export function ReferencesTable({ envId, references, caption }: ReferencesTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Tracker</th>
            <th scope="col">Integration</th>
            <th scope="col">Issue</th>
            <th scope="col">Ticket</th>
          </tr>
        </thead>
        <tbody>
          {references.map((reference) => (
            <tr key={reference.id}>
              <td>
                <span className="tracker-kind">
                  <TrackerIcon kind={reference.integration.kind} />
                  {trackerLabel(reference.integration.kind)}
                </span>
              </td>
              <td>{reference.integration.display_name}</td>
              <td>
                <ReferenceIssueLink envId={envId} issueId={reference.issue} />
              </td>
              <td>
                <ExternalTicketLink url={reference.external_url} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
