import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FilterGroup } from '../../../contract/filters';
import { renderFilterBuilder } from './render-filter-builder';

const none: FilterGroup = { type: 'AND', values: [] };
const invalid = () => document.querySelectorAll('[aria-invalid="true"]');

describe('FilterBuilder messages on new rows', () => {
  it('shows no error on a freshly added row until its property is left', async () => {
    const { user } = renderFilterBuilder(none, { validated: true });
    await user.click(screen.getByRole('button', { name: 'Add filter' }));
    const property = screen.getByRole('combobox', { name: 'Property for filter 1' });
    expect(property).toHaveFocus();
    expect(invalid()).toHaveLength(0);
    expect(screen.queryByText('A property is required.')).not.toBeInTheDocument();
    expect(screen.queryByText('Add at least one value.')).not.toBeInTheDocument();

    await user.tab();
    expect(property).toHaveAttribute('aria-invalid', 'true');
    expect(property).toHaveAccessibleDescription('A property is required.');
    // The value was never visited: its message still waits.
    expect(screen.queryByText('Add at least one value.')).not.toBeInTheDocument();
  });

  it('shows a value’s message once the value field is left empty, and clears it as it is fixed', async () => {
    const { user } = renderFilterBuilder(none, { validated: true });
    await user.click(screen.getByRole('button', { name: 'Add filter' }));
    await user.type(screen.getByRole('combobox', { name: 'Property for filter 1' }), 'Exception type{Enter}');
    const value = screen.getByRole('textbox', { name: 'Add value to filter 1' });
    await user.click(value);
    expect(value).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Add at least one value.')).toBeInTheDocument();
    await user.type(value, 'TypeError{Enter}');
    expect(value).not.toHaveAttribute('aria-invalid');
    expect(invalid()).toHaveLength(0);
  });

  it('shows every held-back message once a save is attempted', async () => {
    const { user, trySave } = renderFilterBuilder(none, { validated: true });
    await user.click(screen.getByRole('button', { name: 'Add filter' }));
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    expect(invalid()).toHaveLength(1);
    expect(screen.getByRole('combobox', { name: 'Property for filter 1' })).toHaveAttribute('aria-invalid', 'true');

    await trySave();
    expect(screen.getAllByText('A property is required.')).toHaveLength(2);
    expect(screen.getAllByText('Add at least one value.')).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Add value to filter 1 of group 2' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('shows a saved row’s errors at once: only new rows wait', () => {
    renderFilterBuilder(
      { type: 'AND', values: [{ key: '$exception_values', type: 'event', operator: 'regex', value: '([a-' }] },
      { validated: true },
    );
    expect(screen.getByRole('textbox', { name: 'Value for filter 1' })).toHaveAccessibleDescription(
      'Not a valid regular expression: Unterminated character class',
    );
  });

  it('keeps waiting for the right controls when a row above them is removed', async () => {
    const saved = { key: '$os', type: 'event', operator: 'exact' as const, value: ['iOS'] };
    const { user } = renderFilterBuilder({ type: 'AND', values: [saved] }, { validated: true });
    await user.click(screen.getByRole('button', { name: 'Add filter' }));
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    await user.click(screen.getByRole('button', { name: 'Remove filter 1 (Operating system)' }));
    // Both new rows moved up; their properties were left (focus moved on), their values never were.
    expect(screen.getByRole('combobox', { name: 'Property for filter 1' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: 'Property for filter 1 of group 2' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getAllByText('A property is required.')).toHaveLength(2);
    expect(screen.queryByText('Add at least one value.')).not.toBeInTheDocument();
  });
});
