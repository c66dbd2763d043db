import { describe, expect, it } from 'vitest';
import { filterLimits } from '../../../contract/filter-limits';
import type { FilterGroup, PropertyFilter } from '../../../contract/filters';
import type { StoredFilterGroup } from '../../../contract/stored-filters';
import { filterGroupFormSchema, validateFilterGroup } from './filter-form-schema';
import { oddLeaves } from './odd-leaves';

const row = (operator: PropertyFilter['operator'], value?: PropertyFilter['value'], key = '$exception_values') =>
  value === undefined ? { key, type: 'event', operator } : { key, type: 'event', operator, value };
const group = (...values: FilterGroup['values']): FilterGroup => ({ type: 'AND', values });

describe('filterGroupFormSchema', () => {
  it('rejects a regex that does not compile, on the row it belongs to, and accepts one that does', () => {
    const errors = validateFilterGroup(group(row('is_set'), row('regex', '([a-')));
    expect(Object.keys(errors)).toEqual(['values.1.value']);
    expect(errors['values.1.value']).toBe('Not a valid regular expression: Unterminated character class');
    expect(validateFilterGroup(group(row('not_regex', '([a-')))['values.0.value']).toMatch(/regular expression/);
    expect(validateFilterGroup(group(row('regex', '^Max')))).toEqual({});
  });

  it.each(['gt', 'gte', 'lt', 'lte', 'min', 'max'] as const)('asks %s for a number', (operator) => {
    expect(validateFilterGroup(group(row(operator, 'ten')))).toEqual({ 'values.0.value': 'Enter a number.' });
    expect(validateFilterGroup(group(row(operator, '')))).toEqual({ 'values.0.value': 'Enter a value.' });
    expect(validateFilterGroup(group(row(operator, '10.5')))).toEqual({});
    expect(validateFilterGroup(group(row(operator, 7)))).toEqual({});
  });

  it.each(['between', 'not_between'] as const)('asks %s for two numbers', (operator) => {
    expect(validateFilterGroup(group(row(operator, ['1', ''])))).toEqual({
      'values.0.value': 'Enter both a minimum and a maximum.',
    });
    expect(validateFilterGroup(group(row(operator, ['1'])))).toEqual({
      'values.0.value': 'Enter both a minimum and a maximum.',
    });
    expect(validateFilterGroup(group(row(operator, ['low', '5'])))).toEqual({
      'values.0.value': 'Both bounds must be numbers.',
    });
    expect(validateFilterGroup(group(row(operator, ['1', '5'])))).toEqual({});
  });

  it('needs a property on every row and a value where the operator takes one, but none for is_set', () => {
    expect(
      validateFilterGroup(group(row('exact', [], ''), row('icontains', ' '), row('is_not_set'), row('in', ['a']))),
    ).toEqual({
      'values.0.key': 'A property is required.',
      'values.0.value': 'Add at least one value.',
      'values.1.value': 'Enter a value.',
    });
    expect(validateFilterGroup(group(row('exact', [], '  ')))['values.0.key']).toBe('A property is required.');
  });

  it('checks the rows of a nested group with their paths, and refuses an empty group', () => {
    const nested: FilterGroup = { type: 'OR', values: [row('regex', '([a-'), row('gt', 'x')] };
    expect(validateFilterGroup(group(row('is_set'), nested, { type: 'AND', values: [] }))).toEqual({
      'values.1.values.0.value': 'Not a valid regular expression: Unterminated character class',
      'values.1.values.1.value': 'Enter a number.',
      'values.2': 'Add a filter to this group, or remove the group.',
    });
  });

  it('leaves groups two deep alone: the builder shows them as they are', () => {
    const deep: FilterGroup = { type: 'AND', values: [row('regex', '([a-'), { type: 'OR', values: [] }] };
    const parsed = filterGroupFormSchema.parse(group(row('is_set'), { type: 'OR', values: [row('is_set'), deep] }));
    expect(validateFilterGroup(group({ type: 'OR', values: [deep] }))).toEqual({});
    expect((parsed.values[1] as FilterGroup).values[1]).toEqual(deep);
  });

  it('holds values and keys to the limits, saying by how much', () => {
    const long = 'x'.repeat(filterLimits.valueLength + 1);
    const many = Array.from({ length: filterLimits.valuesPerFilter + 1 }, (_, index) => `v${index}`);
    expect(validateFilterGroup(group(row('icontains', long)))).toEqual({
      'values.0.value': 'A value can be at most 1,000 characters; this one has 1,001.',
    });
    expect(validateFilterGroup(group(row('exact', ['ok', long])))).toEqual({
      'values.0.value': 'Each value can be at most 1,000 characters; value 2 has 1,001.',
    });
    expect(validateFilterGroup(group(row('exact', many)))).toEqual({
      'values.0.value': 'A filter can hold at most 100 values; this one has 101.',
    });
    expect(validateFilterGroup(group(row('is_set', undefined, 'k'.repeat(401))))).toEqual({
      'values.0.key': 'Property names can be at most 400 characters; this one has 401.',
    });
    expect(validateFilterGroup(group({ type: 'OR', values: [row('regex', long)] }))).toEqual({
      'values.0.values.0.value': 'A value can be at most 1,000 characters; this one has 1,001.',
    });
    const atLimit = group(
      row('icontains', long.slice(1)),
      row('exact', many.slice(1)),
      row('is_set', undefined, 'k'.repeat(400)),
    );
    expect(validateFilterGroup(atLimit)).toEqual({});
  });

  it('sends numbers for numeric operators, in nested groups too, and keeps unknown keys', () => {
    const nested: FilterGroup = { type: 'OR', values: [row('gt', '3')] };
    const parsed = filterGroupFormSchema.parse(
      group(
        { ...row('gte', '10.5'), label: 'Retries' },
        row('between', ['1', '5']),
        row('exact', ['1', '2']),
        { ...row('is_set'), type: 'person' },
        nested,
      ),
    );
    expect(parsed.values).toEqual([
      { key: '$exception_values', type: 'event', operator: 'gte', value: 10.5, label: 'Retries' },
      { key: '$exception_values', type: 'event', operator: 'between', value: [1, 5] },
      { key: '$exception_values', type: 'event', operator: 'exact', value: ['1', '2'] },
      { key: '$exception_values', type: 'person', operator: 'is_set' },
      { type: 'OR', values: [{ key: '$exception_values', type: 'event', operator: 'gt', value: 3 }] },
    ]);
  });

  it('still reports the contract’s own problems with their paths', () => {
    const errors = validateFilterGroup({ type: 'XOR', values: [] } as unknown as FilterGroup);
    expect(errors).toEqual({ type: 'Match type must be "AND" or "OR".' });
  });
});

describe('filterGroupFormSchema with leaves the dashboard cannot edit', () => {
  const editable = { key: '$exception_types', type: 'event', operator: 'exact' as const, value: ['TypeError'] };
  const nested = { type: 'OR' as const, values: [oddLeaves[0]!, { ...editable }] };
  const stored: StoredFilterGroup = { type: 'AND', values: [editable, ...oddLeaves, nested] };

  it('keeps every odd leaf byte for byte (the same object), and checks only the rows it can edit', () => {
    const parsed = filterGroupFormSchema.parse(stored);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(stored));
    oddLeaves.forEach((leaf, index) => expect(parsed.values[index + 1]).toBe(leaf));
    expect(validateFilterGroup(stored)).toEqual({});
    expect(validateFilterGroup({ ...stored, values: [{ ...editable, key: '' }, ...oddLeaves] })).toEqual({
      'values.0.key': 'A property is required.',
    });
  });

  it('turns numbers typed as text into numbers, and leaves a stored leaf that needs no change untouched', () => {
    const typed = { key: '$count', type: 'event', operator: 'gt' as const, value: '5' };
    const given = { key: '$count', operator: 'gt' as const, value: 5 };
    const parsed = filterGroupFormSchema.parse({ type: 'AND', values: [typed, given] });
    expect(parsed.values[0]).toEqual({ ...typed, value: 5 });
    expect(parsed.values[1]).toBe(given);
  });
});
