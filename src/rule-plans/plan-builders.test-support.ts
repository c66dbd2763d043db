import type { Assignee } from '../contract/assignee';
import type { RuleSnapshot } from '../contract/rule-history';
import type { AssignmentRule, GroupingRule, SuppressionRule } from '../contract/rules';
import type { StoredFilterGroup } from '../contract/stored-filters';

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const filtersOn = (value: string): StoredFilterGroup => ({
  type: 'AND',
  values: [{ key: '$exception_types', type: 'event', operator: 'exact', value }],
});
const stored = (n: number, order_key: number) => ({
  id: uuid(n),
  order_key,
  disabled_data: null,
  created_at: new Date(Date.UTC(2025, 0, 1, 0, n)).toISOString(),
  updated_at: null,
});

export const assignmentRule = (n: number, order_key: number, value: string, assignee: Assignee | null = null) =>
  ({ ...stored(n, order_key), filters: filtersOn(value), assignee }) satisfies AssignmentRule;
export const groupingRule = (
  n: number,
  order_key: number,
  value: string,
  extra: Partial<Pick<GroupingRule, 'assignee' | 'description'>> = {},
) =>
  ({
    ...stored(n, order_key),
    filters: filtersOn(value),
    assignee: null,
    description: null,
    issue: null,
    ...extra,
  }) satisfies GroupingRule;
export const suppressionRule = (n: number, order_key: number, value: string, sampling_rate = 1) =>
  ({ ...stored(n, order_key), filters: filtersOn(value), sampling_rate }) satisfies SuppressionRule;

export const snapshot = (partial: Partial<RuleSnapshot>): RuleSnapshot => ({
  assignment: [],
  grouping: [],
  suppression: [],
  ...partial,
});
