import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FilterGroup, PropertyFilter } from '../../../contract/filters';
import { oddLeaves } from './odd-leaves';
import { renderFilterBuilder } from './render-filter-builder';

const typeRow: PropertyFilter = { key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] };
const one = (filter: PropertyFilter = typeRow): FilterGroup => ({ type: 'AND', values: [filter] });

describe('FilterBuilder rows', () => {
  it('adds a filter and focuses its property', async () => {
    const { user, lastValue } = renderFilterBuilder({ type: 'AND', values: [] });
    expect(screen.getByText(/No filters yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add filter' }));
    const property = screen.getByRole('combobox', { name: 'Property for filter 1' });
    expect(property).toHaveFocus();
    expect(property).toHaveValue('');
    expect(lastValue().values).toEqual([{ key: '', type: 'event', operator: 'exact', value: [] }]);
  });

  it('removes a row by its numbered button and moves focus to the row that took its place', async () => {
    const { user, lastValue } = renderFilterBuilder({
      type: 'AND',
      values: [
        typeRow,
        { key: '$browser', type: 'event', operator: 'is_set' },
        { key: 'plan', type: 'event', operator: 'is_not_set' },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Remove filter 2 (Browser)' }));
    expect(lastValue().values).toEqual([typeRow, { key: 'plan', type: 'event', operator: 'is_not_set' }]);
    expect(screen.getByRole('button', { name: 'Remove filter 2 (plan)' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove filter 2 (plan)' }));
    await user.click(screen.getByRole('button', { name: 'Remove filter 1 (Exception type)' }));
    expect(lastValue().values).toEqual([]);
    expect(screen.getByRole('button', { name: 'Add filter' })).toHaveFocus();
  });

  it('sets OR with Match any filter and AND with Match all filters', async () => {
    const { user, lastValue } = renderFilterBuilder({ type: 'AND', values: [typeRow, typeRow] });
    expect(screen.getByRole('radio', { name: 'Match all filters' })).toBeChecked();
    expect(screen.getByText('and')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Match any filter' }));
    expect(lastValue()).toEqual({ type: 'OR', values: [typeRow, typeRow] });
    expect(screen.getByRole('radio', { name: 'Match any filter' })).toBeChecked();
    expect(screen.getByText('or')).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(lastValue().type).toBe('AND');
  });

  it('keeps a nested group as the very same object while other rows change, and can remove it', async () => {
    const nested: FilterGroup = {
      type: 'OR',
      values: [
        { key: '$exception_values', type: 'event', operator: 'icontains', value: 'NetworkError' },
        { key: '$browser', type: 'event', operator: 'is_set' },
      ],
    };
    const { user, lastValue } = renderFilterBuilder({ type: 'AND', values: [typeRow, nested] });
    expect(screen.getByRole('combobox', { name: 'Property for filter 1 of group 2' })).toHaveValue('Exception message');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Operator for filter 1' }), 'contains');
    await user.click(screen.getByRole('radio', { name: 'Match any filter' }));
    await user.click(screen.getByRole('button', { name: 'Add filter' }));
    expect(lastValue().values[1]).toBe(nested);

    await user.click(screen.getByRole('button', { name: 'Remove group 2' }));
    expect(lastValue().values).not.toContain(nested);
    expect(lastValue().values).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Remove filter 2' })).toHaveFocus();
  });

  it('shows each leaf it cannot edit read-only, keeps it the very same object, and can remove it', async () => {
    const { user, lastValue } = renderFilterBuilder({ type: 'AND', values: [typeRow, ...oddLeaves] });
    oddLeaves.forEach((_, index) => {
      expect(screen.queryByRole('combobox', { name: `Property for filter ${index + 2}` })).not.toBeInTheDocument();
    });
    expect(screen.getAllByText('Not editable here:')).toHaveLength(oddLeaves.length);
    expect(
      screen.getByText('{"key":"$pathname","type":"event","operator":"is_cleaned_path_exact","value":"/checkout/:id"}'),
    ).toBeInTheDocument();
    expect(screen.getByText('{}')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Operator for filter 1' }), 'contains');
    oddLeaves.forEach((leaf, index) => expect(lastValue().values[index + 1]).toBe(leaf));

    const remove = screen.getByRole('button', { name: 'Remove filter 4 (not editable here)' });
    expect(remove).toHaveAccessibleDescription('Not editable here: {}');
    await user.click(remove);
    expect(lastValue().values).not.toContain(oddLeaves[2]);
    expect(lastValue().values).toHaveLength(oddLeaves.length);
  });

  it('keeps unknown keys on filters it edits and leaves other rows untouched', async () => {
    const person = {
      key: 'email',
      type: 'person',
      operator: 'icontains',
      value: '@acme',
      label: 'Work email',
    } as PropertyFilter;
    const { user, lastValue } = renderFilterBuilder({ type: 'AND', values: [person, typeRow] });
    await user.type(screen.getByRole('textbox', { name: 'Value for filter 1' }), '.com');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Operator for filter 1' }), 'is set');
    expect(lastValue().values).toEqual([
      { key: 'email', type: 'person', operator: 'is_set', label: 'Work email' },
      typeRow,
    ]);
    expect(lastValue().values[1]).toBe(typeRow);
  });

  it('disables every control when disabled', () => {
    renderFilterBuilder(one(), { disabled: true });
    expect(screen.getByRole('combobox', { name: 'Property for filter 1' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add filter' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Remove TypeError' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Match any filter' })).toBeDisabled();
  });
});

describe('FilterBuilder errors', () => {
  it('shows each message under its row, tied to the control with aria-invalid and aria-describedby', () => {
    renderFilterBuilder(
      {
        type: 'AND',
        values: [typeRow, { key: '', type: 'event', operator: 'regex', value: '([a-' }],
      },
      {
        errors: {
          'values.1.key': 'A property is required.',
          'values.1.value': 'Not a valid regular expression: Unterminated character class',
          '': 'Filters must contain at least one filter value.',
        },
      },
    );
    const property = screen.getByRole('combobox', { name: 'Property for filter 2' });
    const value = screen.getByRole('textbox', { name: 'Value for filter 2' });
    expect(property).toHaveAttribute('aria-invalid', 'true');
    expect(property).toHaveAccessibleDescription('A property is required.');
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(value).toHaveAccessibleDescription('Not a valid regular expression: Unterminated character class');
    expect(screen.getByRole('combobox', { name: 'Operator for filter 2' })).not.toHaveAttribute('aria-invalid');

    const firstRowValue = screen.getByRole('textbox', { name: 'Add value to filter 1' });
    expect(firstRowValue).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('combobox', { name: 'Property for filter 1' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('group', { name: 'Filters' })).toHaveAccessibleDescription(
      'Filters must contain at least one filter value.',
    );
  });

  it('ties a list value error to the chips input, after the keyboard hint', () => {
    renderFilterBuilder(one({ ...typeRow, value: [] }), { errors: { 'values.0.value': 'Add at least one value.' } });
    const input = screen.getByRole('textbox', { name: 'Add value to filter 1' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      'Press Enter or comma to add a value; Backspace in the empty field removes the last one. Add at least one value.',
    );
  });
});
