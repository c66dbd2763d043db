import { useId, useState, type KeyboardEvent } from 'react';
import type { TrackerTicket } from '../../../../../contract/external-references';
import { cx } from '../../../../lib/class-names';

type TicketResultsProps = {
  tickets: TrackerTicket[];
  /** Whether the reference field currently names this ticket. */
  isSelected: (ticket: TrackerTicket) => boolean;
  onPick: (ticket: TrackerTicket) => void;
  /** Why a ticket cannot be picked (it is linked already), or null. */
  refusalOf: (ticket: TrackerTicket) => string | null;
  /** A pick of a ticket that cannot be picked: told why instead. */
  onRefused: (ticket: TrackerTicket, reason: string) => void;
  label: string;
};

/**
 * A single-select listbox (WAI-ARIA APG): Tab focuses it, arrows/Home/End move, Enter or Space picks; a click picks.
 * Focus stays on the list; the active option is named through aria-activedescendant. A ticket that cannot be picked
 * stays reachable (aria-disabled, as the APG allows), with its reason in its name.
 */
export function TicketResults({ tickets, isSelected, onPick, refusalOf, onRefused, label }: TicketResultsProps) {
  const listId = useId();
  const [active, setActive] = useState(-1);
  const current = active >= 0 && active < tickets.length ? active : -1;
  const optionId = (index: number) => `${listId}-${index}`;
  const choose = (ticket: TrackerTicket) => {
    const refusal = refusalOf(ticket);
    if (refusal === null) onPick(ticket);
    else onRefused(ticket, refusal);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = tickets.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(current + 1, last),
      ArrowUp: Math.max(current - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key]!);
      document.getElementById(optionId(moves[event.key]!))?.scrollIntoView?.({ block: 'nearest' });
    } else if ((event.key === 'Enter' || event.key === ' ') && current >= 0) {
      event.preventDefault();
      choose(tickets[current]!);
    }
  };

  return (
    <ul
      role="listbox"
      aria-label={label}
      tabIndex={0}
      className="ticket-results"
      aria-activedescendant={current >= 0 ? optionId(current) : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (current < 0 && tickets.length > 0) setActive(Math.max(0, tickets.findIndex(isSelected)));
      }}
    >
      {tickets.map((ticket, index) => {
        const refusal = refusalOf(ticket);
        return (
          <li
            key={ticket.id}
            id={optionId(index)}
            role="option"
            aria-selected={isSelected(ticket)}
            aria-disabled={refusal !== null || undefined}
            aria-labelledby={`${optionId(index)}-id ${optionId(index)}-title`}
            aria-describedby={refusal !== null ? `${optionId(index)}-linked` : undefined}
            className={cx('ticket-results__option', index === current && 'ticket-results__option--active')}
            onClick={() => {
              setActive(index);
              choose(ticket);
            }}
          >
            <span id={`${optionId(index)}-id`} className="ticket-results__id">
              {ticket.id}
            </span>
            <span className="ticket-results__text">
              <span id={`${optionId(index)}-title`} className="ticket-results__title">
                {ticket.title}
              </span>
              {refusal !== null && (
                <span id={`${optionId(index)}-linked`} className="ticket-results__linked">
                  {refusal}
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
