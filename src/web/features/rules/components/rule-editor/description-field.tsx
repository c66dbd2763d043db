import type { UseFormRegister } from 'react-hook-form';
import { Field } from '../../../../components/ui/field';
import type { RuleFormValues } from './rule-form-schema';

type DescriptionFieldProps = {
  register: UseFormRegister<RuleFormValues>;
  error?: string;
  disabled?: boolean;
  describedBy?: string;
};

export function DescriptionField({ register, error, disabled, describedBy }: DescriptionFieldProps) {
  return (
    <Field
      label="Description"
      hint={disabled ? undefined : 'What the grouped exceptions have in common, for whoever reads the rule next.'}
      error={error}
      describedBy={describedBy}
    >
      {(controlProps) => (
        <textarea
          {...controlProps}
          {...register('description')}
          className="input rule-editor__description"
          rows={3}
          disabled={disabled}
        />
      )}
    </Field>
  );
}
