import type { AssignmentRule } from '../../contract/rules';

export const ruleId = (n: number) => `0190f4c4-8d2a-7a3b-9c1d-${String(n).padStart(12, '0')}`;

/** Assignment rule n: "Exception type is E<n>", at order_key n - 1, assigned to user n unless told otherwise. */
export function assignmentRule(n: number, fields: Partial<AssignmentRule> = {}): AssignmentRule {
  return {
    id: ruleId(n),
    order_key: n - 1,
    filters: { type: 'AND', values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: [`E${n}`] }] },
    assignee: { type: 'user', id: n },
    disabled_data: null,
    created_at: `2026-01-0${Math.min(n, 9)}T10:00:00.000Z`,
    updated_at: null,
    ...fields,
  };
}
