import { describe, expect, it } from 'vitest';
import { leafVerdict, verdict } from './rule-builders.test-support';
import type { Json } from './types';

type Expected = boolean | 'error';
const outcome = (result: boolean | string): Expected => (typeof result === 'string' ? 'error' : result);

// operator, value | a scalar property and its verdict | an exception array and its verdict | a missing scalar.
const matrix: [string, Json | undefined, Json, Expected, Json[], Expected, Expected][] = [
  ['exact', 'a', 'a', true, ['b', 'a'], true, false],
  ['exact', 'a', 'b', false, ['b', 'c'], false, false],
  ['is_not', 'a', 'a', false, ['a', 'b'], true, true],
  ['is_not', 'a', 'b', true, ['a'], false, true],
  ['in', ['a', 'b'], 'b', true, ['c', 'b'], true, false],
  ['in', 'a', 'a', 'error', ['a'], 'error', 'error'],
  ['not_in', ['a', 'b'], 'c', true, ['a', 'c'], true, true],
  ['not_in', ['a', 'b'], 'a', false, ['a', 'b'], false, true],
  ['icontains', 'EAD', 'Cannot read', true, ['x', 'Thread'], true, false],
  ['icontains', 'nul', 'zero', false, ['zero'], false, true],
  ['not_icontains', 'EAD', 'Cannot read', false, ['read', 'x'], true, true],
  ['icontains_multi', ['ead', 'zz'], 'Read', true, ['x', 'ZZ top'], true, false],
  ['not_icontains_multi', ['ead', 'zz'], 'Read', false, ['read', 'x'], true, true],
  ['regex', '^Can', 'Cannot', true, ['x', 'Can'], true, false],
  ['regex', '^n', 'no', true, ['yes'], false, true],
  ['not_regex', '^Can', 'Cannot', false, ['Can', 'x'], true, true],
  ['gt', 3, 5, true, ['5'], 'error', 'error'],
  ['gt', 3, '5', 'error', [], false, 'error'],
  ['gte', 5, 5, true, ['5'], 'error', 'error'],
  ['lt', 5, 5, false, ['1'], 'error', 'error'],
  ['lte', 5, 5, true, [], false, 'error'],
  ['min', 5, 4, false, ['9'], 'error', 'error'],
  ['max', 5, 4, true, ['9'], 'error', 'error'],
  ['between', [1, 5], 3, true, ['3'], 'error', 'error'],
  ['between', [1, 5], 6, false, [], false, 'error'],
  ['between', ['1', '5'], 3, 'error', ['3'], 'error', 'error'],
  ['between', [5, 1], 3, 'error', [], 'error', 'error'],
  ['between', ['a', 'b'], 3, 'error', [], 'error', 'error'],
  ['not_between', [1, 5], 6, true, ['6'], 'error', 'error'],
  ['not_between', [1, 5], 3, false, [], false, 'error'],
  ['is_set', undefined, 'x', true, ['x'], true, false],
  ['is_set', undefined, false, true, [], false, false],
  ['is_not_set', undefined, 'x', false, ['x'], false, true],
  ['is_not_set', undefined, null, true, [], false, true],
  ['semver_eq', '1.2.3', 'v1.2.3-beta', true, ['2.0', '1.2.3'], true, false],
  ['semver_neq', '1.2.3', '1.2.4', true, ['1.2.3'], false, true],
  ['semver_gt', '1.0.0', '2.0.0', 'error', ['2.0.0'], 'error', 'error'],
  ['semver_gt', '1.0.0', '2.0.0', 'error', [], false, 'error'],
  ['semver_caret', '1.0.0', '1.2.0', 'error', ['1.2.0'], 'error', 'error'],
  ['is_date_before', '2024-01-01', '2023-01-01', 'error', [], 'error', 'error'],
  ['is_cleaned_path_exact', '/a', '/a', 'error', [], 'error', 'error'],
  ['no_such_operator', 'a', 'a', 'error', [], 'error', 'error'],
];

describe('every operator on a scalar, an exception array and a missing property', () => {
  it.each(matrix)('%s %j', (operator, value, scalar, onScalar, array, onArray, onMissing) => {
    expect(outcome(leafVerdict('k', operator, value, { k: scalar }))).toBe(onScalar);
    expect(outcome(leafVerdict('$exception_types', operator, value, { $exception_types: array }))).toBe(onArray);
    expect(outcome(leafVerdict('k', operator, value, {}))).toBe(onMissing);
  });

  it.each(matrix.map(([operator, value]) => [operator, value] as const))(
    'a missing exception array is an error for %s',
    (operator, value) => {
      expect(outcome(leafVerdict('$exception_sources', operator, value, {}))).toBe('error');
    },
  );

  it('an empty exception array makes every operator false, negatives included', () => {
    const negatives: [string, Json | undefined][] = [
      ['is_not', 'a'],
      ['not_icontains', 'a'],
      ['not_regex', 'a'],
      ['not_in', ['a', 'b']],
      ['is_not_set', undefined],
    ];
    for (const [operator, value] of negatives) {
      expect(leafVerdict('$exception_values', operator, value, { $exception_values: [] })).toBe(false);
    }
  });

  it('reads an exception array stored as JSON text, and the values of an object', () => {
    expect(leafVerdict('$exception_types', 'exact', 'TypeError', { $exception_types: '["TypeError"]' })).toBe(true);
    expect(leafVerdict('$exception_types', 'exact', 'TypeError', { $exception_types: { a: 'TypeError' } })).toBe(true);
    expect(leafVerdict('$exception_types', 'exact', 'TypeError', { $exception_types: 'TypeError' })).toMatch(/^error/);
    expect(leafVerdict('$exception_types', 'exact', 'TypeError', { $exception_types: 5 })).toMatch(/^error/);
  });

  it('the default operator is exact, and a missing type means event', () => {
    const implicit = { type: 'AND', values: [{ key: 'k', value: 'a' }] };
    expect(verdict(implicit, { k: 'a' })).toBe(true);
    expect(verdict(implicit, { k: 'b' })).toBe(false);
  });

  it('a person property is an error: cymbal has no person global', () => {
    const person = { type: 'AND', values: [{ key: 'email', type: 'person', operator: 'exact', value: 'a@b.c' }] };
    expect(verdict(person, { email: 'a@b.c' })).toBe(
      'error: Unknown global: person (cymbal cannot read person properties)',
    );
  });

  it.each(['group', 'cohort', 'hogql', 'session', 42])('a leaf of type %j is an error', (type) => {
    expect(verdict({ type: 'AND', values: [{ key: 'k', type, value: 'a' }] }, { k: 'a' })).toMatch(
      /^error: unsupported filter type/,
    );
  });

  it.each([
    [{ key: 7, type: 'event', value: 'a' }, 'error: invalid filter: key must be a string'],
    [{ key: 'k', type: 'event', operator: 3 }, 'error: invalid filter: operator must be a string'],
    ['just a string', 'error: invalid filter: expected a property filter or a group'],
    [{ type: 'AND' }, 'error: invalid filter: expected a property filter {key, …} or a group {type, values}'],
  ])('a malformed node %j is an error', (node, message) => {
    expect(verdict({ type: 'AND', values: [node, { key: 'k', value: 'a' }] }, { k: 'a' })).toBe(message);
  });
});
