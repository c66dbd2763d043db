import type { StoredFilterGroup } from '../../../../../contract/stored-filters';
import type { RuleSnapshot } from './rule-conflict';

/** Two filter groups, two assignees and the rule as an editor loaded it, for the conflict and save-plan tests. */
export const typeError: StoredFilterGroup = {
  type: 'AND',
  values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] }],
};
export const rangeError: StoredFilterGroup = {
  ...typeError,
  values: [{ ...typeError.values[0], value: ['RangeError'] }],
};
export const maya = { type: 'user' as const, id: 7 };
export const priya = { type: 'user' as const, id: 9 };
export const loaded: RuleSnapshot = {
  updatedAt: '2026-01-01T10:00:00.000Z',
  content: { filters: typeError, assignee: maya },
};
