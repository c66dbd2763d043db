import { Button } from '../../../../components/ui/button';
import { Field } from '../../../../components/ui/field';
import { Select } from '../../../../components/ui/select';
import { TextInput } from '../../../../components/ui/text-input';
import type { AssigneeOption, RuleFilterValues } from './filter-rules';

type RuleFilterBarProps = {
  values: RuleFilterValues;
  /** Null for kinds without an assignee: no assignee filter. */
  assignees: AssigneeOption[] | null;
  onTextChange: (text: string) => void;
  onAssigneeChange: (assignee: string) => void;
  onClear: () => void;
  active: boolean;
  /** The helper text below the bar that describes the search. */
  hintId: string;
};

export function RuleFilterBar({
  values,
  assignees,
  onTextChange,
  onAssigneeChange,
  onClear,
  active,
  hintId,
}: RuleFilterBarProps) {
  const groups = ['People', 'Roles'] as const;
  return (
    <div role="search" className="rule-filter-bar" aria-label="Filter rules">
      <Field label="Search" describedBy={hintId} className="rule-filter-bar__search">
        {(control) => (
          <TextInput
            {...control}
            type="search"
            value={values.text}
            placeholder="e.g. TypeError"
            onChange={(event) => onTextChange(event.target.value)}
          />
        )}
      </Field>
      {assignees && (
        <Field label="Assignee">
          {(control) => (
            <Select {...control} value={values.assignee} onChange={(event) => onAssigneeChange(event.target.value)}>
              <option value="">Anyone</option>
              {groups.map((group) => {
                const options = assignees.filter((option) => option.group === group);
                return (
                  options.length > 0 && (
                    <optgroup key={group} label={group}>
                      {options.map((option) => (
                        <option key={option.key} value={option.key}>
                          {option.label}
                        </option>
                      ))}
                    </optgroup>
                  )
                );
              })}
              {assignees.some((option) => option.key === 'none') && <option value="none">Nobody</option>}
              {values.assignee !== '' && !assignees.some((option) => option.key === values.assignee) && (
                <option value={values.assignee}>An assignee no rule has</option>
              )}
            </Select>
          )}
        </Field>
      )}
      {active && (
        <Button variant="ghost" className="rule-filter-bar__clear" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
