import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { propertyOperators, type FilterGroup, type PropertyFilter } from '../../../contract/filters';
import { knownProperties } from './properties';
import { renderFilterBuilder } from './render-filter-builder';

const typeRow: PropertyFilter = { key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] };
const one = (filter: PropertyFilter = typeRow): FilterGroup => ({ type: 'AND', values: [filter] });
const operatorSelect = () => screen.getByRole('combobox', { name: 'Operator for filter 1' });
const offered = () =>
  within(operatorSelect())
    .getAllByRole('option')
    .map((option) => option.getAttribute('value'));

type Kind = 'list' | 'pair' | 'single' | 'none';
const operatorTable: Array<[PropertyFilter['operator'], string, Kind]> = [
  ['exact', 'is', 'list'],
  ['is_not', 'is not', 'list'],
  ['icontains', 'contains', 'single'],
  ['not_icontains', 'does not contain', 'single'],
  ['regex', 'matches regex', 'single'],
  ['not_regex', 'does not match regex', 'single'],
  ['gt', 'greater than', 'single'],
  ['gte', 'at least', 'single'],
  ['lt', 'less than', 'single'],
  ['lte', 'at most', 'single'],
  ['is_set', 'is set', 'none'],
  ['is_not_set', 'is not set', 'none'],
  ['is_date_exact', 'is on date', 'single'],
  ['is_date_before', 'is before', 'single'],
  ['is_date_after', 'is after', 'single'],
  ['between', 'is between', 'pair'],
  ['not_between', 'is not between', 'pair'],
  ['min', 'min', 'single'],
  ['max', 'max', 'single'],
  ['in', 'is one of', 'list'],
  ['not_in', 'is not one of', 'list'],
];
const neverOffered = new Set(['is_date_exact', 'is_date_before', 'is_date_after', 'min', 'max', 'in', 'not_in']);

function valueInputs() {
  const query = (name: string) => screen.queryByRole('textbox', { name });
  return {
    list: query('Add value to filter 1'),
    single: query('Value for filter 1'),
    min: query('Minimum for filter 1'),
    max: query('Maximum for filter 1'),
  };
}

function expectValueInput(kind: Kind) {
  const inputs = valueInputs();
  expect(Boolean(inputs.list)).toBe(kind === 'list');
  expect(Boolean(inputs.single)).toBe(kind === 'single');
  expect(Boolean(inputs.min) && Boolean(inputs.max)).toBe(kind === 'pair');
  expect(Boolean(inputs.min) || Boolean(inputs.max)).toBe(kind === 'pair');
}

describe('FilterBuilder operators by property', () => {
  it('offers the text operators for the exception lists, and nothing that can never match there', () => {
    renderFilterBuilder(one());
    expect(
      within(operatorSelect())
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['is', 'is not', 'contains', 'does not contain', 'matches regex', 'does not match regex', 'is set']);
  });

  it.each([
    ['$current_url', ['exact', 'is_not', 'icontains', 'not_icontains', 'regex', 'not_regex', 'is_set', 'is_not_set']],
    ['$exception_handled', ['exact', 'is_not', 'is_set', 'is_not_set']],
    ['$screen_width', ['exact', 'is_not', 'gt', 'gte', 'lt', 'lte', 'between', 'not_between', 'is_set', 'is_not_set']],
    [
      'plan_tier',
      [
        ...['exact', 'is_not', 'icontains', 'not_icontains', 'regex', 'not_regex'],
        ...['gt', 'gte', 'lt', 'lte', 'between', 'not_between', 'is_set', 'is_not_set'],
      ],
    ],
  ])('offers %s its own operators', (key, operators) => {
    renderFilterBuilder(one({ ...typeRow, key }));
    expect(offered()).toEqual(operators);
  });

  it('never offers a date operator, min, max or the "one of" aliases for any known property', () => {
    const { unmount } = renderFilterBuilder(one());
    unmount();
    for (const { key } of knownProperties) {
      const view = renderFilterBuilder(one({ ...typeRow, key }));
      expect(offered().filter((operator) => neverOffered.has(operator ?? ''))).toEqual([]);
      view.unmount();
    }
  });

  it('resets the operator to the property’s first when the new property does not offer it', async () => {
    const { user, lastValue } = renderFilterBuilder(
      one({ key: '$screen_width', type: 'event', operator: 'gt', value: 1024 }),
    );
    await user.clear(screen.getByRole('combobox', { name: 'Property for filter 1' }));
    await user.type(screen.getByRole('combobox', { name: 'Property for filter 1' }), 'Exception type{Enter}');
    expect(lastValue().values[0]).toEqual({ key: '$exception_types', type: 'event', operator: 'exact', value: [1024] });
    expect(operatorSelect()).toHaveValue('exact');
  });

  it('keeps the operator when the new property offers it too', async () => {
    const { user, lastValue } = renderFilterBuilder(one({ ...typeRow, operator: 'icontains', value: 'Type' }));
    await user.clear(screen.getByRole('combobox', { name: 'Property for filter 1' }));
    await user.type(screen.getByRole('combobox', { name: 'Property for filter 1' }), 'URL{Enter}');
    expect(lastValue().values[0]).toEqual({ key: '$current_url', type: 'event', operator: 'icontains', value: 'Type' });
  });

  it('loads a saved operator the property does not offer, shows it as saved, and keeps it through edits', async () => {
    const saved: PropertyFilter = { ...typeRow, operator: 'is_date_before', value: '2026-01-01' };
    const { user, lastValue } = renderFilterBuilder(one(saved));
    expect(operatorSelect()).toHaveValue('is_date_before');
    expect(within(operatorSelect()).getByRole('option', { selected: true })).toHaveTextContent('is before (as saved)');
    expect(operatorSelect()).toHaveAccessibleDescription(
      '“is before” is not offered for Exception type; it is kept as saved.',
    );
    await user.type(screen.getByRole('textbox', { name: 'Value for filter 1' }), 'T00:00');
    expect(lastValue().values[0]).toEqual({ ...saved, value: '2026-01-01T00:00' });

    await user.selectOptions(operatorSelect(), 'contains');
    expect(offered()).not.toContain('is_date_before');
    expect(screen.queryByText(/kept as saved/)).not.toBeInTheDocument();
  });

  it.each(operatorTable.filter(([operator]) => !neverOffered.has(operator)))(
    '%s ("%s") edits its value as %s',
    async (operator, label, kind) => {
      const { user, lastValue } = renderFilterBuilder(
        one({ ...typeRow, key: 'retries', operator: 'icontains', value: 'Type' }),
      );
      await user.selectOptions(operatorSelect(), label);
      expectValueInput(kind);
      const filter = lastValue().values[0] as PropertyFilter;
      expect(filter.operator).toBe(operator);
      const expected = { list: ['Type'], pair: ['Type', ''], single: 'Type', none: undefined }[kind];
      expect(filter.value).toEqual(expected);
      expect('value' in filter).toBe(kind !== 'none');
    },
  );

  it.each(operatorTable.filter(([operator]) => neverOffered.has(operator)))(
    'a saved %s ("%s") still edits its value as %s',
    (operator, label, kind) => {
      renderFilterBuilder(one({ ...typeRow, key: 'retries', operator, value: ['Type'] }));
      expect(within(operatorSelect()).getByRole('option', { selected: true })).toHaveTextContent(`${label} (as saved)`);
      expectValueInput(kind);
    },
  );

  it('covers every operator the contract has', () => {
    expect(operatorTable.map(([operator]) => operator)).toEqual([...propertyOperators]);
  });

  it('removes the value when switching to is_set and shows no value input', async () => {
    const { user, lastValue } = renderFilterBuilder(one());
    await user.selectOptions(operatorSelect(), 'is set');
    expect(lastValue().values[0]).toEqual({ key: '$exception_types', type: 'event', operator: 'is_set' });
    expect(screen.queryByRole('textbox', { name: /value/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Values of filter 1' })).not.toBeInTheDocument();
  });

  it('edits both bounds of a range', async () => {
    const { user, lastValue } = renderFilterBuilder(
      one({ ...typeRow, key: 'retries', operator: 'between', value: [1, 5] }),
    );
    expect(screen.getByRole('textbox', { name: 'Minimum for filter 1' })).toHaveValue('1');
    await user.clear(screen.getByRole('textbox', { name: 'Maximum for filter 1' }));
    await user.type(screen.getByRole('textbox', { name: 'Maximum for filter 1' }), '12');
    expect((lastValue().values[0] as PropertyFilter).value).toEqual([1, '12']);
  });
});
