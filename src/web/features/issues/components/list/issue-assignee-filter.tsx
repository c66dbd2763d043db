import { useId, useMemo } from 'react';
import type { Member, Role } from '../../../../../contract/organization';
import { AssigneeIdentity } from '../../../../components/assignee-picker/assignee-identity';
import { assigneeKey, assigneeOptions } from '../../../../components/assignee-picker/assignee-options';
import { parseAssigneeText } from '../../../../components/assignee-picker/parse-assignee-text';
import { Combobox, type ComboboxOption } from '../../../../components/ui/combobox';
import type { FieldControlProps } from '../../../../components/ui/field';
import { useAssigneeDirectory } from '../../../../data/organization/use-assignee-directory';
import type { AssigneeFilter } from './use-issue-list-state';

type IssueAssigneeFilterProps = FieldControlProps & {
  value: AssigneeFilter | null;
  onChange: (value: AssigneeFilter | null) => void;
  disabled?: boolean;
};

const unassignedKey = 'none';
const unassignedLabel = 'Unassigned';
const filterKey = (value: AssigneeFilter) => (value === 'unassigned' ? unassignedKey : assigneeKey(value));
const describeTyped = (value: AssigneeFilter) =>
  value === 'unassigned' ? unassignedLabel : `Use ${value.type} id ${value.id}`;

function optionsOf(members: Member[], roles: Role[]): ComboboxOption<AssigneeFilter>[] {
  return [
    { key: unassignedKey, value: 'unassigned', label: unassignedLabel, keywords: ['nobody', 'no one', 'none'] },
    ...assigneeOptions(members, roles),
  ];
}

/** The Issues page's assignee filter: a member, a role, or nobody ("Unassigned", which the list finds itself). */
export function IssueAssigneeFilter({
  value,
  onChange,
  disabled = false,
  'aria-describedby': describedByProp,
  ...control
}: IssueAssigneeFilterProps) {
  const directory = useAssigneeDirectory();
  const { lookup, members, roles } = directory;
  const options = useMemo(() => optionsOf(members.items, roles.items), [members.items, roles.items]);
  // A list that cannot be read leaves typing an id, as in every assignee picker.
  const accept = { user: members.status === 'unavailable', role: roles.status === 'unavailable' };
  const note = [members.reason, roles.reason].filter(Boolean).join(' ');
  const noteId = useId();
  const loading = members.status === 'loading' || roles.status === 'loading';
  const describedBy = [describedByProp, note && !disabled ? noteId : undefined].filter(Boolean).join(' ');

  return (
    <div className="issue-assignee-filter">
      <Combobox<AssigneeFilter>
        {...control}
        options={options}
        value={value}
        onChange={onChange}
        getValueKey={filterKey}
        getValueLabel={(chosen) =>
          chosen === 'unassigned' ? unassignedLabel : (lookup(chosen)?.name ?? assigneeKey(chosen))
        }
        renderOption={(option) => {
          if (option.value === 'unassigned') return <span className="issue-assignee-filter__none">{option.label}</span>;
          const display = lookup(option.value);
          return display && <AssigneeIdentity display={display} seed={option.key} showDetail />;
        }}
        placeholder="Anyone"
        clearLabel="Clear assignee filter"
        noMatchesText={loading ? 'Loading members and roles…' : 'No matches'}
        allowCustomValue={accept.user || accept.role}
        parseCustom={(text) => parseAssigneeText(text, accept)}
        describeCustom={describeTyped}
        disabled={disabled}
        aria-describedby={describedBy || undefined}
      />
      {note && !disabled && (
        <p id={noteId} className="field__hint">
          {note}
        </p>
      )}
    </div>
  );
}
