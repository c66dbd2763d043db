import { Field } from '../../../../components/ui/field';
import { FilterBar } from '../../../../components/ui/filter-bar';
import { Select, type SelectEntry } from '../../../../components/ui/select';
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

function assigneeEntries(assignees: AssigneeOption[], chosen: string): SelectEntry[] {
  const groups = (['People', 'Roles'] as const).map((group) => ({
    group,
    options: assignees
      .filter((option) => option.group === group)
      .map((option) => ({ value: option.key, label: option.label })),
  }));
  return [
    { value: '', label: 'Anyone' },
    ...groups,
    ...(assignees.some((option) => option.key === 'none') ? [{ value: 'none', label: 'Nobody' }] : []),
    ...(chosen !== '' && !assignees.some((option) => option.key === chosen)
      ? [{ value: chosen, label: 'An assignee no rule has' }]
      : []),
  ];
}

export function RuleFilterBar({
  values,
  assignees,
  onTextChange,
  onAssigneeChange,
  onClear,
  active,
  hintId,
}: RuleFilterBarProps) {
  return (
    <FilterBar label="Filter rules" onClear={onClear} clearShown={active}>
      <Field label="Search" describedBy={hintId} className="filter-bar__search">
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
        <Field label="Assignee" className="filter-bar__picker">
          {(control) => (
            <Select
              {...control}
              options={assigneeEntries(assignees, values.assignee)}
              value={values.assignee}
              onChange={onAssigneeChange}
            />
          )}
        </Field>
      )}
    </FilterBar>
  );
}
