import { describe, expect, it } from 'vitest';
import type { FilterGroup, PropertyFilter } from '../../../contract/filters';
import { describeFilter, describeGroup, summarizeGroup } from './describe-filters';

const filter = (key: string, operator: PropertyFilter['operator'], value?: PropertyFilter['value']): PropertyFilter =>
  value === undefined ? { key, type: 'event', operator } : { key, type: 'event', operator, value };

describe('describeFilter', () => {
  it.each([
    ['Exception type is TypeError or RangeError', filter('$exception_types', 'exact', ['TypeError', 'RangeError'])],
    ['Exception type is not one of A, B or C', filter('$exception_types', 'not_in', ['A', 'B', 'C'])],
    ['Exception type is TypeError', filter('$exception_types', 'exact', 'TypeError')],
    ['URL contains /checkout', filter('$current_url', 'icontains', '/checkout')],
    ['Exception message matches regex ^Max', filter('$exception_values', 'regex', '^Max')],
    ['Handled is false', filter('$exception_handled', 'exact', [false])],
    ['Browser is set', filter('$browser', 'is_set')],
    ['retries at least 3', filter('retries', 'gte', 3)],
    ['Library version is between 1 and 5', filter('$lib_version', 'between', [1, 5])],
    ['plan is before 2024-01-31', filter('plan', 'is_date_before', '2024-01-31')],
  ])('reads "%s"', (expected, input) => {
    expect(describeFilter(input)).toBe(expected);
  });
});

describe('describeGroup', () => {
  it('says an empty group matches every exception', () => {
    expect(describeGroup({ type: 'AND', values: [] })).toBe('Matches every exception');
    expect(describeGroup({ type: 'OR', values: [] })).toBe('Matches every exception');
  });

  it('joins with and/or by match type and brackets nested groups', () => {
    const group: FilterGroup = {
      type: 'AND',
      values: [
        filter('$exception_types', 'exact', ['TypeError', 'RangeError']),
        { type: 'OR', values: [filter('$browser', 'icontains', 'Chrome'), filter('plan', 'is_not_set')] },
      ],
    };
    expect(describeGroup(group)).toBe(
      'Exception type is TypeError or RangeError and (Browser contains Chrome or plan is not set)',
    );
    expect(describeGroup({ ...group, type: 'OR' })).toMatch(/RangeError or \(Browser/);
  });
});

describe('summarizeGroup', () => {
  it('leads with All of / Any of for a nested group shown on its own', () => {
    const any: FilterGroup = {
      type: 'OR',
      values: [filter('$exception_values', 'icontains', 'NetworkError'), filter('$browser', 'is_set')],
    };
    expect(summarizeGroup(any)).toBe('Any of: Exception message contains NetworkError, or Browser is set');
    expect(summarizeGroup({ ...any, type: 'AND' })).toBe(
      'All of: Exception message contains NetworkError, and Browser is set',
    );
  });
});
