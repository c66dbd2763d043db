import { useFormContext } from 'react-hook-form';
import { Field } from '../../../../components/ui/field';
import { TextInput } from '../../../../components/ui/text-input';
import type { RuleFormValues } from '../../kinds/rule-form-values';
import type { RuleFieldProps } from './rule-field-props';

/** A percentage for people; the API's 0–1 share is worked out on submit. */
export function SamplingRateField({ spec }: RuleFieldProps) {
  const { register, formState } = useFormContext<RuleFormValues>();
  return (
    <Field
      label={spec.label}
      required={spec.required}
      hint={spec.hint}
      error={formState.errors.samplingPercent?.message}
    >
      {(controlProps) => (
        <span className="rule-editor__percent">
          <TextInput
            {...controlProps}
            {...register('samplingPercent', { valueAsNumber: true })}
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step={0.1}
            className="rule-editor__percent-input"
          />
          <span className="rule-editor__percent-suffix" aria-hidden="true">
            %
          </span>
        </span>
      )}
    </Field>
  );
}
