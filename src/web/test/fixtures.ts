import type { Paginated } from '../../contract/common';
import type { AssignmentRule, GroupingRule, SuppressionRule } from '../../contract/rules';

export function page<T>(results: T[], count = results.length): Paginated<T> {
  return { count, next: null, previous: null, results };
}

const base = { disabled_data: null, created_at: '2026-01-02T10:00:00.000Z', updated_at: null };

export const assignmentRules: AssignmentRule[] = [
  {
    ...base,
    id: '0190f4c4-8d2a-7a3b-9c1d-000000000001',
    order_key: 0,
    filters: {
      type: 'AND',
      values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError', 'RangeError'] }],
    },
    assignee: { type: 'user', id: 7 },
  },
  {
    ...base,
    id: '0190f4c4-8d2a-7a3b-9c1d-000000000002',
    order_key: 1,
    filters: { type: 'AND', values: [] },
    assignee: null,
    disabled_data: { message: 'Invalid regex' },
  },
];

export const groupingRules: GroupingRule[] = [
  {
    ...base,
    id: '0190f4c4-8d2a-7a3b-9c1d-000000000003',
    order_key: 0,
    filters: { type: 'OR', values: [{ key: '$browser', type: 'event', operator: 'icontains', value: 'Chrome' }] },
    assignee: null,
    description: 'Chrome noise',
    issue: null,
  },
];

export const suppressionRules: SuppressionRule[] = [
  {
    ...base,
    id: '0190f4c4-8d2a-7a3b-9c1d-000000000004',
    order_key: 0,
    filters: { type: 'AND', values: [{ key: '$exception_values', type: 'event', operator: 'is_set' }] },
    sampling_rate: 0.25,
  },
];
