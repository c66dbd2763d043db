import { useState } from 'react';
import type { Issue } from '../../../../../contract/issues';
import { Button } from '../../../../components/ui/button';
import { EmptyState } from '../../../../components/ui/empty-state';
import { ExternalLink } from '../../../../components/ui/external-link';
import { LinkTicketDialog, TrackerIcon, trackerLabel } from '../../../external-references';
import { WriteScope } from '../../../../components/write-scope/write-scope';

export function IssueTickets({ issue }: { issue: Issue }) {
  const [linking, setLinking] = useState(false);
  const tickets = issue.external_issues;
  return (
    <>
      {tickets.length === 0 ? (
        <EmptyState title="No tickets are linked to this issue yet." />
      ) : (
        <ul className="issue-tickets">
          {tickets.map((ticket) => (
            <li key={ticket.id} className="issue-tickets__item">
              <span className="issue-tickets__tracker">
                <TrackerIcon kind={ticket.integration.kind} />
                {trackerLabel(ticket.integration.kind)} · {ticket.integration.display_name}
              </span>
              <ExternalLink url={ticket.external_url} />
            </li>
          ))}
        </ul>
      )}
      <p className="field__hint">
        PostHog keeps links to tickets permanently; close the ticket in the tracker instead.
      </p>
      <div className="actions">
        <WriteScope>
          <Button onClick={() => setLinking(true)}>Link ticket</Button>
        </WriteScope>
      </div>
      <LinkTicketDialog
        open={linking}
        onClose={() => setLinking(false)}
        issue={{ id: issue.id, name: issue.name, description: issue.description, first_seen: issue.first_seen }}
      />
    </>
  );
}
