import { zodResolver } from '@hookform/resolvers/zod';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Controller, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { FilterGroup } from '../../../contract/filters';
import { FilterBuilder } from './filter-builder';
import { flattenFilterErrors } from './filter-errors';
import { filterGroupFormSchema } from './filter-form-schema';

const formSchema = z.object({ filters: filterGroupFormSchema });
type FormInput = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;

function RuleForm({ filters, onSave }: { filters: FilterGroup; onSave: (values: FormOutput) => void }) {
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: { filters },
  });
  return (
    <form onSubmit={form.handleSubmit(onSave)}>
      <Controller
        control={form.control}
        name="filters"
        render={({ field, fieldState }) => (
          <FilterBuilder
            ref={field.ref}
            idPrefix="rule-filters"
            value={field.value}
            onChange={field.onChange}
            errors={flattenFilterErrors(fieldState.error)}
          />
        )}
      />
      <button type="submit">Save</button>
    </form>
  );
}

describe('FilterBuilder in react-hook-form', () => {
  it('shows the schema’s errors on the right row, focuses the first, and submits once they are fixed', async () => {
    const nested: FilterGroup = {
      type: 'OR',
      values: [{ key: '$os', type: 'event', operator: 'regex', value: '([a-' }],
    };
    const onSave = vi.fn();
    const user = userEvent.setup();
    render(
      <RuleForm
        onSave={onSave}
        filters={{
          type: 'AND',
          values: [
            { key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] },
            nested,
            { key: '$exception_values', type: 'event', operator: 'regex', value: '([a-' },
            { key: 'retries', type: 'event', operator: 'gt', value: 'many' },
          ],
        }}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const nestedRegex = screen.getByRole('textbox', { name: 'Value for filter 1 of group 2' });
    const regex = screen.getByRole('textbox', { name: 'Value for filter 3' });
    const retries = screen.getByRole('textbox', { name: 'Value for filter 4' });
    expect(nestedRegex).toHaveAttribute('aria-invalid', 'true');
    expect(regex).toHaveAttribute('aria-invalid', 'true');
    expect(regex).toHaveAccessibleDescription(/^Not a valid regular expression: /);
    expect(retries).toHaveAccessibleDescription('Enter a number.');
    expect(screen.getByRole('textbox', { name: 'Add value to filter 1' })).not.toHaveAttribute('aria-invalid');
    await vi.waitFor(() => expect(nestedRegex).toHaveFocus());
    expect(onSave).not.toHaveBeenCalled();

    await user.clear(nestedRegex);
    await user.type(nestedRegex, '^Mac');
    await user.clear(regex);
    await user.type(regex, '^Max');
    await user.clear(retries);
    await user.type(retries, '3');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.lastCall?.[0] as FormOutput;
    expect(saved.filters.values[1]).toEqual({ type: 'OR', values: [{ ...nested.values[0], value: '^Mac' }] });
    expect(saved.filters.values[2]).toEqual({
      key: '$exception_values',
      type: 'event',
      operator: 'regex',
      value: '^Max',
    });
    expect(saved.filters.values[3]).toEqual({ key: 'retries', type: 'event', operator: 'gt', value: 3 });
    expect(regex).not.toHaveAttribute('aria-invalid');
    expect(nestedRegex).not.toHaveAttribute('aria-invalid');
  });
});
