import type { Issue } from '../../../../contract/issues';
import { Badge } from '../../../components/ui/badge';
import { safeHttpUrl } from '../../../lib/safe-url';
import { TrackerIcon, trackerLabel } from '../../external-references';
import './linked-tickets.css';

type Ticket = Issue['external_issues'][number];

/** "GitHub #12", "Jira PROJ-7": the tracker and the last part of the ticket's address. */
export function ticketLabel(ticket: Ticket, href: string | null): string {
  const last = href?.split(/[/?#]/).filter(Boolean).at(-1) ?? '';
  const reference = /^\d+$/.test(last) ? `#${last}` : last;
  const tracker = trackerLabel(ticket.integration.kind);
  return reference ? `${tracker} ${reference}` : tracker;
}

/**
 * One linked ticket, compact. Only http(s) addresses become links (new tab, no opener, no referrer); anything else
 * from the server (`javascript:`, `data:` …) stays text with a warning.
 */
export function TicketLink({ ticket }: { ticket: Ticket }) {
  const href = safeHttpUrl(ticket.external_url);
  const label = ticketLabel(ticket, href);
  if (href === null) {
    return (
      <span className="ticket ticket--unsafe">
        <TrackerIcon kind={ticket.integration.kind} />
        <span>{label}</span>
        <span className="ticket__unsafe-url">{ticket.external_url}</span>
        <Badge tone="warning">Unsafe link not opened</Badge>
      </span>
    );
  }
  return (
    <a className="ticket" href={href} target="_blank" rel="noopener noreferrer" title={href}>
      <TrackerIcon kind={ticket.integration.kind} />
      <span>{label}</span>
      <span aria-hidden="true">↗</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

/** The tickets linked to an issue, or "None". */
export function LinkedTickets({ tickets }: { tickets: readonly Ticket[] }) {
  if (tickets.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="linked-tickets">
      {tickets.map((ticket) => (
        <li key={ticket.id}>
          <TicketLink ticket={ticket} />
        </li>
      ))}
    </ul>
  );
}
