import { useId, useMemo } from 'react';
import type { Assignee } from '../../../contract/assignee';
import { useAssigneeDirectory, type AssigneeDirectory } from '../../data/organization/use-assignee-directory';
import { Combobox, type ControlledFieldProps } from '../ui/combobox';
import { AssigneeIdentity } from './assignee-identity';
import { parseAssigneeText, type AcceptedIds } from './parse-assignee-text';
import { assigneeKey, assigneeOptions } from './assignee-options';
import './assignee-picker.css';

export type AssigneePickerProps = ControlledFieldProps<Assignee> & {
  /** Assignment rules need an assignee: no clearing. Without it, empty means "Nobody". */
  required?: boolean;
  disabled?: boolean;
  /** Shown under the field and read with it while disabled. */
  disabledReason?: string;
  placeholder?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
};

function typedIdsOf(directory: AssigneeDirectory): { accept: AcceptedIds; notes: string[] } {
  const accept = { user: directory.members.status === 'unavailable', role: directory.roles.status === 'unavailable' };
  const notes = [directory.members.reason, directory.roles.reason].filter((reason): reason is string => !!reason);
  if (accept.user && accept.role) notes.push('Type a user id (12 or user:12) or a role id (a UUID).');
  else if (accept.user) notes.push('Type a user id (12 or user:12), or pick a role.');
  else if (accept.role) notes.push('Pick a member, or type a role id (a UUID).');
  return { accept, notes };
}

export function AssigneePicker({
  value,
  onChange,
  onBlur,
  ref,
  name,
  required = false,
  disabled = false,
  disabledReason,
  placeholder,
  'aria-describedby': describedByProp,
  'aria-invalid': invalid,
  ...labelling
}: AssigneePickerProps) {
  const directory = useAssigneeDirectory();
  const { lookup, members, roles } = directory;
  const options = useMemo(() => assigneeOptions(members.items, roles.items), [members.items, roles.items]);
  const { accept, notes } = typedIdsOf(directory);
  const noteId = useId();
  const loading = members.status === 'loading' || roles.status === 'loading';
  const note = disabled ? disabledReason : notes.join(' ');
  const describedBy = [describedByProp, note ? noteId : undefined].filter(Boolean).join(' ');

  return (
    <div className="assignee-picker">
      <Combobox<Assignee>
        {...labelling}
        ref={ref}
        name={name}
        options={options}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        getValueKey={assigneeKey}
        getValueLabel={(assignee) => lookup(assignee)?.name ?? assigneeKey(assignee)}
        renderOption={(option) => {
          const display = lookup(option.value);
          return display && <AssigneeIdentity display={display} seed={option.key} showDetail />;
        }}
        placeholder={placeholder ?? (required ? 'Choose a member or role' : 'Nobody')}
        clearable={!required}
        clearLabel="Clear assignee"
        noMatchesText={loading ? 'Loading members and roles…' : 'No matches'}
        allowCustomValue={accept.user || accept.role}
        parseCustom={(text) => parseAssigneeText(text, accept)}
        describeCustom={(assignee) =>
          assignee.type === 'user' ? `Use user id ${assignee.id}` : `Use role id ${assignee.id}`
        }
        required={required}
        disabled={disabled}
        aria-describedby={describedBy || undefined}
        aria-invalid={invalid}
      />
      {note && (
        <p id={noteId} className="field__hint assignee-picker__note">
          {note}
        </p>
      )}
    </div>
  );
}
