import { Controller, type Control } from 'react-hook-form';
import { AssigneePicker } from '../../../../components/assignee-picker/assignee-picker';
import { Field } from '../../../../components/ui/field';
import type { RuleFormOutput, RuleFormValues } from './rule-form-schema';

type AssigneeFieldProps = {
  control: Control<RuleFormValues, unknown, RuleFormOutput>;
  error?: string;
  required: boolean;
  disabled?: boolean;
  /** Why the field is disabled: an element elsewhere in the form that says so. */
  describedBy?: string;
  hint?: string;
};

export function AssigneeField({ control, error, required, disabled, describedBy, hint }: AssigneeFieldProps) {
  return (
    <Field label="Assignee" required={required} error={error} describedBy={describedBy} hint={hint}>
      {(controlProps) => (
        <Controller
          control={control}
          name="assignee"
          render={({ field }) => (
            <AssigneePicker
              {...controlProps}
              ref={field.ref}
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              required={required}
              disabled={disabled}
            />
          )}
        />
      )}
    </Field>
  );
}
