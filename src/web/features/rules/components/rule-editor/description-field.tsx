import { useFormContext } from 'react-hook-form';
import { Field } from '../../../../components/ui/field';
import type { RuleFormValues } from '../../kinds/rule-form-values';
import type { RuleFieldProps } from './rule-field-props';

export function DescriptionField({ spec, describedBy }: RuleFieldProps) {
  const { register, formState } = useFormContext<RuleFormValues>();
  return (
    <Field label={spec.label} hint={spec.hint} error={formState.errors.description?.message} describedBy={describedBy}>
      {(controlProps) => (
        <textarea
          {...controlProps}
          {...register('description')}
          className="input rule-editor__description"
          rows={3}
          disabled={spec.locked}
        />
      )}
    </Field>
  );
}
