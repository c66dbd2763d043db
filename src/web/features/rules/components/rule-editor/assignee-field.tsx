import { Controller, useFormContext } from 'react-hook-form';
import { AssigneePicker } from '../../../../components/assignee-picker/assignee-picker';
import { Field } from '../../../../components/ui/field';
import type { RuleFormOutput, RuleFormValues } from '../../kinds/rule-form-values';
import type { RuleFieldProps } from './rule-field-props';

export function AssigneeField({ spec, describedBy }: RuleFieldProps) {
  const { control, formState } = useFormContext<RuleFormValues, unknown, RuleFormOutput>();
  return (
    <Field
      label={spec.label}
      required={spec.required}
      error={formState.errors.assignee?.message}
      describedBy={describedBy}
      hint={spec.hint}
    >
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
              required={spec.required}
              disabled={spec.locked}
            />
          )}
        />
      )}
    </Field>
  );
}
