import { useId } from 'react';
import type { UnresolvedAssignee } from '../../../../../rule-plans';
import { AssigneePicker } from '../../../../components/assignee-picker/assignee-picker';
import { documentAssigneeText, namedByText, type AssigneeChoices, type MappingChoice } from './assignee-mapping';

type RowProps = {
  entry: UnresolvedAssignee;
  choice: MappingChoice | undefined;
  onChange: (choice: MappingChoice) => void;
};

function UnresolvedRow({ entry, choice, onChange }: RowProps) {
  const id = useId();
  const who = documentAssigneeText(entry.assignee);
  const assigned = choice?.type === 'assign' ? choice.assignee : null;
  return (
    <fieldset className="assignee-mapping__row">
      <legend className="assignee-mapping__who">{who}</legend>
      <p id={`${id}-rules`} className="assignee-mapping__rules">
        Named by {namedByText(entry.rules)}; nobody in this organization has that{' '}
        {entry.assignee.type === 'user' ? 'email' : 'name'}.
      </p>
      <div className="assignee-mapping__option">
        <input
          id={`${id}-assign`}
          type="radio"
          name={`${id}-choice`}
          checked={choice?.type === 'assign'}
          aria-describedby={`${id}-rules`}
          onChange={() => onChange({ type: 'assign', assignee: assigned })}
        />
        <label htmlFor={`${id}-assign`}>Assign to</label>
        <div className="assignee-mapping__picker">
          <AssigneePicker
            aria-label={`Who takes the place of ${who}`}
            value={assigned}
            onChange={(assignee) => onChange({ type: 'assign', assignee })}
          />
        </div>
      </div>
      <div className="assignee-mapping__option">
        <input
          id={`${id}-none`}
          type="radio"
          name={`${id}-choice`}
          checked={choice?.type === 'none'}
          onChange={() => onChange({ type: 'none' })}
        />
        <label htmlFor={`${id}-none`}>Leave {entry.rules.length === 1 ? 'its rule' : 'their rules'} unassigned</label>
      </div>
    </fieldset>
  );
}

type AssigneeMappingFieldsProps = {
  unresolved: readonly UnresolvedAssignee[];
  choices: AssigneeChoices;
  onChange: (key: string, choice: MappingChoice) => void;
};

/** One choice per person or role the document names that this organization does not have. */
export function AssigneeMappingFields({ unresolved, choices, onChange }: AssigneeMappingFieldsProps) {
  return (
    <div className="assignee-mapping">
      {unresolved.map((entry) => (
        <UnresolvedRow
          key={entry.key}
          entry={entry}
          choice={choices[entry.key]}
          onChange={(choice) => onChange(entry.key, choice)}
        />
      ))}
    </div>
  );
}
