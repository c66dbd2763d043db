import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FilterGroup, PropertyFilter } from '../../../contract/filters';
import type { StoredFilterGroup } from '../../../contract/stored-filters';
import { knownProperties } from './properties';
import { renderFilterBuilder } from './render-filter-builder';

const empty: FilterGroup = { type: 'AND', values: [{ key: '', type: 'event', operator: 'exact', value: [] }] };
const property = (name = 'Property for filter 1') => screen.getByRole('combobox', { name });
const optionTexts = () =>
  within(screen.getByRole('listbox'))
    .queryAllByRole('option')
    .map((option) => option.textContent);
const keyOf = (group: StoredFilterGroup) => (group.values[0] as PropertyFilter).key;

describe('FilterBuilder property picker', () => {
  it('lists the known properties by label, with the key beside it, under PostHog’s two groups', async () => {
    const { user } = renderFilterBuilder(empty);
    await user.click(property());
    const exception = screen.getByRole('group', { name: 'Exception properties' });
    const event = screen.getByRole('group', { name: 'Event properties' });
    expect(
      within(exception)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Exception type $exception_types',
      'Exception message $exception_values',
      'Source file $exception_sources',
      'Function $exception_functions',
      'Handled $exception_handled',
    ]);
    expect(within(event).getAllByRole('option')).toHaveLength(knownProperties.length - 5);
    expect(within(event).getByRole('option', { name: 'URL $current_url' })).toBeInTheDocument();
  });

  it('typing a label picks the property’s real key, and the field shows the label', async () => {
    const { user, lastValue } = renderFilterBuilder(empty);
    await user.type(property(), 'Exception type');
    expect(optionTexts()).toEqual(['Exception type $exception_types']);
    await user.keyboard('{Enter}');
    expect(keyOf(lastValue())).toBe('$exception_types');
    expect(property()).toHaveValue('Exception type');
    expect(screen.queryByText(/Custom property/)).not.toBeInTheDocument();
  });

  it('finds a property by part of its key, and keeps an exact label or key typed when the field is left', async () => {
    const { user, lastValue } = renderFilterBuilder(empty);
    await user.type(property(), 'current_u');
    expect(optionTexts()).toEqual(['URL $current_url', 'Use custom property “current_u”']);
    await user.clear(property());
    await user.type(property(), '$browser');
    await user.tab();
    expect(keyOf(lastValue())).toBe('$browser');
    expect(property()).toHaveValue('Browser');

    await user.clear(property());
    await user.type(property(), 'operating SYSTEM');
    await user.tab();
    expect(keyOf(lastValue())).toBe('$os');
  });

  it('takes an unknown key only from the explicit custom option, and then says it is custom', async () => {
    const { user, lastValue, onChange } = renderFilterBuilder(empty);
    await user.type(property(), 'plan_tier');
    await user.tab();
    // Text left in the field is not a choice: it goes back to what was chosen (nothing).
    expect(onChange).not.toHaveBeenCalled();
    expect(property()).toHaveValue('');

    await user.type(property(), 'plan_tier');
    expect(optionTexts()).toEqual(['Use custom property “plan_tier”']);
    await user.click(screen.getByRole('option', { name: 'Use custom property “plan_tier”' }));
    expect(keyOf(lastValue())).toBe('plan_tier');
    expect(property()).toHaveValue('plan_tier');
    expect(property()).toHaveAccessibleDescription(
      'Custom property — not one PostHog’s error tracking knows. It must match your events’ key exactly.',
    );
  });

  it('offers no custom option for text that names a known property', async () => {
    const { user } = renderFilterBuilder(empty);
    await user.type(property(), 'exception TYPE');
    expect(optionTexts()).toEqual(['Exception type $exception_types']);
    await user.clear(property());
    await user.type(property(), '$exception_type');
    // The old singular key is a real (if outdated) event property: it may be used, by choice.
    expect(optionTexts()).toEqual(['Exception type $exception_types', 'Use custom property “$exception_type”']);
  });

  it('loads a saved unknown key as custom, and a known one by its label', () => {
    renderFilterBuilder({
      type: 'AND',
      values: [
        { key: 'Exception type', type: 'event', operator: 'exact', value: ['TypeError'] },
        { key: '$current_url', type: 'event', operator: 'icontains', value: '/checkout' },
      ],
    });
    expect(property()).toHaveValue('Exception type');
    expect(property()).toHaveAccessibleDescription(/^Custom property/);
    expect(property('Property for filter 2')).toHaveValue('URL');
    expect(property('Property for filter 2')).not.toHaveAccessibleDescription();
    expect(screen.getAllByText(/^Custom property/)).toHaveLength(1);
  });

  it('forgets a half-typed custom option on Escape', async () => {
    const { user } = renderFilterBuilder(empty);
    await user.type(property(), 'plan');
    await user.keyboard('{Escape}');
    await user.click(property());
    expect(screen.queryByRole('option', { name: /Use custom property/ })).not.toBeInTheDocument();
  });
});
