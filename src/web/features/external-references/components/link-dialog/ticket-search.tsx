import { useId, useMemo, useState } from 'react';
import type { TrackerTicket } from '../../../../../contract/external-references';
import { TextInput } from '../../../../components/ui/text-input';
import { countOf } from '../../../../lib/format';
import { useDebouncedValue } from '../../../../lib/use-debounced-value';
import type { TrackerIntegration } from '../../../../data/integrations/get-tracker-integrations';
import { useLinkedTickets } from '../../../../data/external-references/get-linked-tickets';
import { useTrackerTickets } from '../../../../data/external-references/search-tracker-tickets';
import { trackerLabels } from '../tracker/tracker-kinds';
import { describeSearchProblem } from './describe-search-problem';
import { describeTicketLinks, ticketLinksOf } from './ticket-links';
import { TicketResults } from './ticket-results';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const ticketSearchDebounceMs = 300;

type TicketSearchProps = {
  envId: number;
  integration: TrackerIntegration;
  /** GitHub searches one repository (its bare name); PostHog refuses a GitHub search without one. */
  repository: string | null;
  isSelected: (ticket: TrackerTicket) => boolean;
  onPick: (ticket: TrackerTicket) => void;
  /** The issue the ticket is for, once chosen: a ticket it links already is said to be so. */
  issueId: string | null;
};

/** Searches the tracker's tickets (`search_issues`) as the person types, and lists them to pick one. */
export function TicketSearch({ envId, integration, repository, isSelected, onPick, issueId }: TicketSearchProps) {
  const inputId = useId();
  const statusId = useId();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text, ticketSearchDebounceMs);
  const needsRepository = integration.kind === 'github' && repository === null;
  const tickets = useTrackerTickets(
    envId,
    { integrationId: integration.id, search, repository: integration.kind === 'github' ? repository : null },
    !needsRepository,
  );
  const tracker = trackerLabels[integration.kind];
  const found = needsRepository ? [] : (tickets.data ?? []);
  const problem = tickets.isError ? describeSearchProblem(tickets.error, search) : null;
  // Unknown (still loading, or unreadable) marks nothing: the server stays the judge of a link.
  const linked = useLinkedTickets(envId);
  const linksOf = useMemo(() => ticketLinksOf(integration, linked.data ?? []), [integration, linked.data]);
  const refusalOf = (ticket: TrackerTicket) => describeTicketLinks(linksOf(ticket), issueId);
  const [refused, setRefused] = useState<{ ticket: string; reason: string } | null>(null);
  const refusal = refused && found.some((ticket) => ticket.id === refused.ticket) ? refused : null;

  let status: string;
  if (needsRepository) status = 'Choose a repository to search its tickets.';
  else if (refusal)
    status = `${refusal.ticket} cannot be picked: ${lowerFirst(refusal.reason)}. Choose another ticket.`;
  else if (problem) status = problem.text;
  else if (tickets.isPending || text !== search) status = 'Searching…';
  else if (found.length === 0) status = search.trim() ? 'No tickets match.' : 'Type to search tickets.';
  else status = `${countOf(found.length, 'ticket')} found.`;

  return (
    <div className="ticket-search">
      <label htmlFor={inputId} className="field__label">
        Search {tracker} tickets
      </label>
      <TextInput
        id={inputId}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="Title or id"
        aria-describedby={statusId}
        autoComplete="off"
      />
      <p id={statusId} className={problem?.isError ? 'field__error' : 'field__hint'} role="status">
        {status}
      </p>
      {found.length > 0 && !problem && (
        <TicketResults
          tickets={found}
          isSelected={isSelected}
          onPick={(ticket) => {
            setRefused(null);
            onPick(ticket);
          }}
          refusalOf={refusalOf}
          onRefused={(ticket, reason) => setRefused({ ticket: ticket.id, reason })}
          label={`${tracker} tickets found`}
        />
      )}
    </div>
  );
}
