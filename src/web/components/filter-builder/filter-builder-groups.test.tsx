import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FilterGroup, PropertyFilter } from '../../../contract/filters';
import { renderFilterBuilder } from './render-filter-builder';

const url: PropertyFilter = { key: '$current_url', type: 'event', operator: 'icontains', value: '/checkout' };
const types: PropertyFilter = { key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] };
const message: PropertyFilter = { key: '$exception_values', type: 'event', operator: 'icontains', value: 'Failed' };

describe('FilterBuilder nested groups', () => {
  it('adds a group of the other match type with one row, and focuses that row’s property', async () => {
    const { user, lastValue } = renderFilterBuilder({ type: 'AND', values: [url] });
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    expect(lastValue()).toEqual({
      type: 'AND',
      values: [url, { type: 'OR', values: [{ key: '', type: 'event', operator: 'exact', value: [] }] }],
    });
    const group = screen.getByRole('group', { name: 'Group 2' });
    expect(within(group).getByRole('combobox', { name: 'Property for filter 1 of group 2' })).toHaveFocus();
    expect(within(group).getByRole('radio', { name: 'Match any filter in group 2' })).toBeChecked();
    expect(within(group).queryByRole('button', { name: 'Add group' })).not.toBeInTheDocument();
  });

  it('builds a group’s rows: property, value, match type, another row, and removes one', async () => {
    const { user, lastValue } = renderFilterBuilder({ type: 'AND', values: [url] });
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    await user.type(
      screen.getByRole('combobox', { name: 'Property for filter 1 of group 2' }),
      'Exception type{Enter}',
    );
    await user.type(screen.getByRole('textbox', { name: 'Add value to filter 1 of group 2' }), 'TypeError{Enter}');
    await user.click(screen.getByRole('button', { name: 'Add filter to group 2' }));
    expect(screen.getByRole('combobox', { name: 'Property for filter 2 of group 2' })).toHaveFocus();
    await user.type(
      screen.getByRole('combobox', { name: 'Property for filter 2 of group 2' }),
      'Exception message{Enter}',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Operator for filter 2 of group 2' }), 'contains');
    await user.type(screen.getByRole('textbox', { name: 'Value for filter 2 of group 2' }), 'Failed');
    expect(lastValue()).toEqual({ type: 'AND', values: [url, { type: 'OR', values: [types, message] }] });

    await user.click(screen.getByRole('radio', { name: 'Match all filters in group 2' }));
    expect(lastValue().values[1]).toEqual({ type: 'AND', values: [types, message] });
    expect(lastValue().type).toBe('AND');

    await user.click(screen.getByRole('button', { name: 'Remove filter 1 of group 2 (Exception type)' }));
    expect(lastValue().values[1]).toEqual({ type: 'AND', values: [message] });
    expect(screen.getByRole('button', { name: 'Remove filter 1 of group 2 (Exception message)' })).toHaveFocus();
  });

  it('edits a saved group in place, leaving the other rows the very same objects', async () => {
    const nested: FilterGroup = { type: 'OR', values: [types, message] };
    const { user, lastValue } = renderFilterBuilder({ type: 'AND', values: [url, nested] });
    const group = screen.getByRole('group', { name: 'Group 2' });
    expect(within(group).getByRole('radio', { name: 'Match any filter in group 2' })).toBeChecked();
    expect(within(group).getByText('TypeError')).toBeInTheDocument();
    expect(within(group).getByText('or')).toBeInTheDocument();

    await user.type(
      within(group).getByRole('textbox', { name: 'Add value to filter 1 of group 2' }),
      'RangeError{Enter}',
    );
    expect(lastValue().values[0]).toBe(url);
    const edited = lastValue().values[1] as FilterGroup;
    expect(edited.values[0]).toEqual({ ...types, value: ['TypeError', 'RangeError'] });
    expect(edited.values[1]).toBe(message);
  });

  it('says when a group is empty and sends focus to its add button', async () => {
    const { user, lastValue } = renderFilterBuilder({ type: 'AND', values: [{ type: 'OR', values: [types] }] });
    await user.click(screen.getByRole('button', { name: 'Remove filter 1 of group 1 (Exception type)' }));
    expect(lastValue()).toEqual({ type: 'AND', values: [{ type: 'OR', values: [] }] });
    expect(screen.getByText('No filters in this group yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add filter to group 1' })).toHaveFocus();
  });

  it('keeps a group nested two deep as it is, read-only, and can remove it', async () => {
    const deep: FilterGroup = { type: 'AND', values: [url, types] };
    const nested: FilterGroup = { type: 'OR', values: [message, deep] };
    const { user, lastValue } = renderFilterBuilder({ type: 'AND', values: [nested] });
    expect(screen.getByText(/All of: URL contains \/checkout, and Exception type is TypeError/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Property for filter 2 of group 1' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Value for filter 1 of group 1' }), 's');
    expect((lastValue().values[0] as FilterGroup).values[1]).toBe(deep);
    await user.click(screen.getByRole('button', { name: 'Remove filter 2 of group 1 (group)' }));
    expect(lastValue().values[0]).toEqual({ type: 'OR', values: [{ ...message, value: 'Faileds' }] });
  });

  it('shows a group’s errors on its own rows, and its own message on the group', () => {
    renderFilterBuilder(
      { type: 'AND', values: [url, { type: 'OR', values: [{ ...types, value: [] }] }, { type: 'OR', values: [] }] },
      {
        errors: {
          'values.1.values.0.value': 'Add at least one value.',
          'values.2': 'Add a filter to this group, or remove the group.',
        },
      },
    );
    const value = screen.getByRole('textbox', { name: 'Add value to filter 1 of group 2' });
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(value).toHaveAccessibleDescription(/Add at least one value\.$/);
    expect(screen.getByRole('group', { name: 'Group 3' })).toHaveAccessibleDescription(
      'Add a filter to this group, or remove the group.',
    );
    expect(screen.getByRole('group', { name: 'Filters' })).not.toHaveAccessibleDescription();
  });
});
