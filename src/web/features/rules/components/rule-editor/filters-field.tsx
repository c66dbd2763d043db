import { useContext, useId } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { FilterBuilder, flattenFilterErrors } from '../../../../components/filter-builder';
import type { RuleFormOutput, RuleFormValues } from '../../kinds/rule-form-values';
import type { RuleFieldProps } from './rule-field-props';
import { UntouchedFiltersContext } from './untouched-filters';

export function FiltersField({ spec }: RuleFieldProps) {
  const { control } = useFormContext<RuleFormValues, unknown, RuleFormOutput>();
  const untouched = useContext(UntouchedFiltersContext);
  const idPrefix = `${useId()}-filters`;
  return (
    <div className="rule-editor__filters">
      <Controller
        control={control}
        name="filters"
        render={({ field, fieldState }) => (
          <FilterBuilder
            ref={field.ref}
            idPrefix={idPrefix}
            // Grouping rules need at least one filter; the others match every exception without one.
            label={spec.required ? `${spec.label} (at least one)` : spec.label}
            emptyText={
              spec.required
                ? 'No filters yet: add one, so the rule has something to match.'
                : 'No filters yet: the rule matches every exception.'
            }
            value={field.value}
            onChange={field.onChange}
            errors={flattenFilterErrors(fieldState.error)}
            untouched={untouched.controls}
            onUntouchedChange={untouched.set}
          />
        )}
      />
    </div>
  );
}
