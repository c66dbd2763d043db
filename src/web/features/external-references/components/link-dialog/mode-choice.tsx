import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { TicketMode } from './link-ticket-values';

const modes: Array<{ value: TicketMode; label: string; hint: string }> = [
  { value: 'create', label: 'Create a new ticket', hint: 'In the tracker, from this issue.' },
  { value: 'link', label: 'Link an existing ticket', hint: 'Search for it, or type its id or URL.' },
];

/** Create a ticket or link one that exists: a radio group, so arrow keys move between the two. */
export function ModeChoice({ registration }: { registration: UseFormRegisterReturn<'mode'> }) {
  const id = useId();
  return (
    <fieldset className="mode-choice">
      <legend className="field__label">Ticket</legend>
      {modes.map((mode) => (
        <div key={mode.value} className="mode-choice__option">
          <input
            id={`${id}-${mode.value}`}
            type="radio"
            value={mode.value}
            aria-describedby={`${id}-${mode.value}-hint`}
            {...registration}
          />
          <label htmlFor={`${id}-${mode.value}`} className="mode-choice__label">
            {mode.label}
          </label>
          <span id={`${id}-${mode.value}-hint`} className="mode-choice__hint">
            {mode.hint}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
