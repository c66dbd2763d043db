import { describe, expect, it } from 'vitest';
import type { PropertyFilter } from '../../../contract/filters';
import { withOperator } from './filter-values';

const base = { key: '$exception_types', type: 'event', label: 'Kept' } as const;

describe('withOperator', () => {
  it('turns a list into one value and one value into a list', () => {
    const list: PropertyFilter = { ...base, operator: 'exact', value: ['TypeError', 'RangeError'] };
    const single = withOperator(list, 'icontains');
    expect(single).toEqual({ ...base, operator: 'icontains', value: 'TypeError' });
    expect(withOperator(single, 'not_in')).toEqual({ ...base, operator: 'not_in', value: ['TypeError'] });
    expect(withOperator({ ...base, operator: 'regex', value: '' }, 'exact')).toEqual({
      ...base,
      operator: 'exact',
      value: [],
    });
  });

  it('gives a pair two slots and keeps the first of them when going back to one value', () => {
    const pair = withOperator({ ...base, operator: 'gt', value: '3' }, 'between');
    expect(pair).toEqual({ ...base, operator: 'between', value: ['3', ''] });
    expect(withOperator({ ...base, operator: 'not_between', value: [1, 9] }, 'lte')).toEqual({
      ...base,
      operator: 'lte',
      value: 1,
    });
  });

  it('drops the value for is_set and is_not_set and starts empty when leaving them', () => {
    const set = withOperator({ ...base, operator: 'exact', value: ['TypeError'] }, 'is_set');
    expect(set).toEqual({ ...base, operator: 'is_set' });
    expect('value' in set).toBe(false);
    expect(withOperator(set, 'is_not_set')).not.toHaveProperty('value');
    expect(withOperator(set, 'regex')).toEqual({ ...base, operator: 'regex', value: '' });
    expect(withOperator(set, 'in')).toEqual({ ...base, operator: 'in', value: [] });
  });
});
