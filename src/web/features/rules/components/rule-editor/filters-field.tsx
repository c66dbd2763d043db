import { Controller, type Control } from 'react-hook-form';
import { FilterBuilder, flattenFilterErrors } from '../../../../components/filter-builder';
import type { RuleFormOutput, RuleFormValues } from './rule-form-schema';

type FiltersFieldProps = {
  control: Control<RuleFormValues, unknown, RuleFormOutput>;
  idPrefix: string;
  /** Grouping rules need at least one filter; the others match every exception without one. */
  required: boolean;
};

/** The rule's filters; nested groups from the API pass through the builder untouched. */
export function FiltersField({ control, idPrefix, required }: FiltersFieldProps) {
  return (
    <div className="rule-editor__filters">
      <Controller
        control={control}
        name="filters"
        render={({ field, fieldState }) => (
          <FilterBuilder
            ref={field.ref}
            idPrefix={idPrefix}
            label={required ? 'Filters (at least one)' : 'Filters'}
            value={field.value}
            onChange={field.onChange}
            errors={flattenFilterErrors(fieldState.error)}
          />
        )}
      />
    </div>
  );
}
