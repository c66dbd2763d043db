import type { UseQueryResult } from '@tanstack/react-query';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../../../../components/ui/field';
import { NativeSelect } from '../../../../components/ui/native-select';
import { describeError } from '../../../../lib/api-error';
import { capitalize } from '../../../../lib/format';

type PickerSelectProps<T> = {
  label: string;
  /** Plural, for "Loading teams…" and "Teams could not be loaded". */
  items: string;
  query: UseQueryResult<T[]>;
  optionOf: (item: T) => { value: string; label: string };
  registration: UseFormRegisterReturn;
  error?: string;
};

/** A required choice among what a tracker lists (Linear teams, Jira projects). */
export function PickerSelect<T>({ label, items, query, optionOf, registration, error }: PickerSelectProps<T>) {
  const loadError = query.isError
    ? `${capitalize(items)} could not be loaded: ${describeError(query.error)}`
    : undefined;
  const none = query.data?.length === 0 ? `This integration lists no ${items}.` : undefined;
  return (
    <Field label={label} required error={error ?? loadError ?? none}>
      {(control) => (
        <NativeSelect {...control} {...registration}>
          <option value="">{query.isPending ? `Loading ${items}…` : `Choose a ${label.toLowerCase()}`}</option>
          {query.data?.map((item) => {
            const option = optionOf(item);
            return (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            );
          })}
        </NativeSelect>
      )}
    </Field>
  );
}
