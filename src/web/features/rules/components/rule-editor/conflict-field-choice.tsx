import { useId } from 'react';
import { ConflictValue } from './conflict-value';
import { fieldLabels, type RuleContent } from './rule-content';
import type { FieldConflict, Side } from './rule-conflict';

const whoChanged: Record<FieldConflict['changedBy'], string> = {
  them: 'Changed by someone else.',
  you: 'Changed by you.',
  both: 'Changed by both of you: choose one.',
};
const sides: ReadonlyArray<{ side: Side; text: string }> = [
  { side: 'theirs', text: 'Theirs' },
  { side: 'yours', text: 'Yours' },
];

type ConflictFieldChoiceProps = {
  conflict: FieldConflict;
  theirs: RuleContent;
  yours: RuleContent;
  choice: Side | undefined;
  onChoose: (side: Side) => void;
};

/** One field of a conflict: both versions side by side, as a radio group (arrow keys move between them). */
export function ConflictFieldChoice({ conflict, theirs, yours, choice, onChoose }: ConflictFieldChoiceProps) {
  const id = useId();
  const { field, changedBy } = conflict;
  return (
    <fieldset
      role="radiogroup"
      className="rule-conflict__field"
      aria-labelledby={`${id}-legend`}
      aria-describedby={`${id}-who`}
      aria-required={changedBy === 'both' || undefined}
    >
      <legend id={`${id}-legend`} className="rule-conflict__legend">
        {fieldLabels[field]}
      </legend>
      <p id={`${id}-who`} className="rule-conflict__who">
        {whoChanged[changedBy]}
      </p>
      <div className="rule-conflict__options">
        {sides.map(({ side, text }) => (
          <div key={side} className="rule-conflict__option">
            <label className="rule-conflict__choice">
              <input
                type="radio"
                name={`${id}-side`}
                value={side}
                checked={choice === side}
                onChange={() => onChoose(side)}
                aria-describedby={`${id}-${side}`}
              />
              {text}
            </label>
            <div id={`${id}-${side}`} className="rule-conflict__value">
              <ConflictValue field={field} content={side === 'theirs' ? theirs : yours} />
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
