import type { UseFormRegister } from 'react-hook-form';
import { Field } from '../../../../components/ui/field';
import { TextInput } from '../../../../components/ui/text-input';
import type { RuleFormValues } from './rule-form-schema';

type SamplingRateFieldProps = { register: UseFormRegister<RuleFormValues>; error?: string };

/** A percentage for people; the API's 0–1 share is worked out on submit. */
export function SamplingRateField({ register, error }: SamplingRateFieldProps) {
  return (
    <Field
      label="Sampling rate"
      required
      hint="The percentage of matching exceptions to drop, from 0 to 100. 100% drops every match."
      error={error}
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
