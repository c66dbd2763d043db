import type { StoredFilterGroup } from '../../../contract/stored-filters';

const choices: ReadonlyArray<{ type: StoredFilterGroup['type']; text: string }> = [
  { type: 'AND', text: 'all filters' },
  { type: 'OR', text: 'any filter' },
];

type MatchTypeControlProps = {
  name: string;
  value: StoredFilterGroup['type'];
  onChange: (type: StoredFilterGroup['type']) => void;
  /** Names a nested group's radios apart from the top level's: "group 2". */
  groupName?: string;
};

/** Native radios: arrow keys move between them for free. */
export function MatchTypeControl({ name, value, onChange, groupName }: MatchTypeControlProps) {
  return (
    <fieldset className="match-type">
      <legend className="visually-hidden">
        {groupName ? `Which filters of ${groupName} an exception must match` : 'Which filters an exception must match'}
      </legend>
      <span className="match-type__lead" aria-hidden="true">
        Match
      </span>
      {choices.map(({ type, text }) => (
        <label key={type} className="match-type__choice">
          <input
            type="radio"
            name={name}
            value={type}
            checked={value === type}
            onChange={() => onChange(type)}
            className="match-type__radio"
          />
          <span className="visually-hidden">Match</span> {text}
          {groupName && (
            <>
              {' '}
              <span className="visually-hidden">in {groupName}</span>
            </>
          )}
        </label>
      ))}
    </fieldset>
  );
}
