import type { Assignee } from '../../contract/assignee';
import type { RuleKind } from '../../contract/rules';
import { isFilterGroup } from '../../contract/filters';
import type { StoredFilterGroup, StoredFilterNode } from '../../contract/stored-filters';
import type { AssigneeDirectory, RuleFieldsOf } from '../../rule-plans';

const operatorText: Record<string, string> = {
  exact: '=',
  is_not: '≠',
  icontains: 'contains',
  not_icontains: 'does not contain',
  regex: 'matches',
  not_regex: 'does not match',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  is_set: 'is set',
  is_not_set: 'is not set',
};

function nodeText(node: StoredFilterNode, nested: boolean): string {
  if (isFilterGroup(node)) {
    const group: StoredFilterGroup = node;
    if (group.values.length === 0) return nested ? '(nothing)' : 'every exception';
    const text = group.values.map((child) => nodeText(child, true)).join(` ${group.type} `);
    return nested && group.values.length > 1 ? `(${text})` : text;
  }
  if (node.key === undefined) return '(empty filter)';
  const operator = node.operator ?? 'exact';
  const value =
    node.value === undefined || operator === 'is_set' || operator === 'is_not_set'
      ? ''
      : ` ${JSON.stringify(node.value)}`;
  return `${node.key} ${operatorText[operator] ?? operator}${value}`;
}

export const filtersText = (filters: StoredFilterGroup) => nodeText(filters, false);

export function assigneeText(assignee: Assignee | null, directory: AssigneeDirectory): string {
  if (assignee === null) return 'nobody';
  if (assignee.type === 'user') {
    const member = directory.members.find(({ user }) => user.id === assignee.id);
    return member ? member.user.email : `user #${assignee.id}`;
  }
  const role = directory.roles.find(({ id }) => id === assignee.id);
  return role ? `role ${role.name}` : `role ${assignee.id}`;
}

/** One line per rule: what it matches and what it does. */
export function ruleText<K extends RuleKind>(kind: K, rule: RuleFieldsOf<K>, directory: AssigneeDirectory): string {
  const fields: Partial<RuleFieldsOf<'grouping'> & RuleFieldsOf<'suppression'>> = rule;
  const matches = filtersText(rule.filters);
  if (kind === 'suppression') return `${matches} → drop ${Math.round((fields.sampling_rate ?? 1) * 1000) / 10}%`;
  const assignee = assigneeText(fields.assignee ?? null, directory);
  if (kind === 'assignment') return `${matches} → ${assignee}`;
  const description = fields.description ? `, "${fields.description}"` : '';
  return `${matches} → one issue, assigned to ${assignee}${description}`;
}

/** A changed field's value, as the rule text shows it. */
export function fieldText(field: string, value: unknown, directory: AssigneeDirectory): string {
  if (field === 'filters') return filtersText(value as StoredFilterGroup);
  if (field === 'assignee') return assigneeText(value as Assignee | null, directory);
  if (field === 'sampling_rate') return `${Math.round(Number(value) * 1000) / 10}%`;
  return value === null ? 'none' : JSON.stringify(value);
}
