import { describe, expect, it } from 'vitest';
import { describeFilters } from './format-filters';

describe('describeFilters', () => {
  it('calls an empty group what it is: a match-all rule', () => {
    expect(describeFilters({ type: 'AND', values: [] })).toBe('Every exception');
  });

  it('names known properties and operators, lists values, and brackets nested groups', () => {
    expect(
      describeFilters({
        type: 'AND',
        values: [
          { key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError', 'RangeError'] },
          {
            type: 'OR',
            values: [
              { key: '$browser', type: 'event', operator: 'icontains', value: 'Chrome' },
              { key: 'plan', type: 'event', operator: 'is_not_set' },
            ],
          },
        ],
      }),
    ).toBe('Exception type is TypeError, RangeError and (Browser contains Chrome or plan is not set)');
  });
});
