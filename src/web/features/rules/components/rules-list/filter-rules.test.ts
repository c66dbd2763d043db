import { describe, expect, it } from 'vitest';
import type { AssignmentRule } from '../../../../../contract/rules';
import { createAssigneeLookup } from '../../../../data/organization/assignee-names';
import { members, roles } from '../../../../test/organization-fixtures';
import { assigneeOptions, filterRules } from './filter-rules';
import { assignmentRule } from '../../../../test/rule-fixtures';
import type { UnreadableRule } from '../../../../data/rules/rule-list-item';

const frontend = roles[0]!.id;
const rules: AssignmentRule[] = [
  assignmentRule(1, { assignee: { type: 'user', id: 7 } }),
  assignmentRule(2, { assignee: { type: 'role', id: frontend } }),
  assignmentRule(3, { assignee: null }),
  assignmentRule(4, { assignee: { type: 'user', id: 9 } }),
  assignmentRule(5, { assignee: { type: 'user', id: 7 } }),
];
const reader = { assigneeOf: (each: AssignmentRule) => each.assignee };
const lookup = createAssigneeLookup(members, roles);
const numbers = (list: readonly (AssignmentRule | UnreadableRule)[]) =>
  list.map((each) => rules.findIndex((candidate) => candidate === each) + 1);
const unreadable: UnreadableRule = {
  unreadable: true,
  id: 'c0ffee00-0000-4000-8000-000000000001',
  serverId: 'c0ffee00-0000-4000-8000-000000000001',
  order_key: 9,
  created_at: null,
  raw: { id: 'c0ffee00-0000-4000-8000-000000000001', filters: 'OR' },
  reason: 'filters: Invalid input',
};

describe('filterRules', () => {
  it('returns the same array when no filter is set (blank text counts as none)', () => {
    expect(filterRules(rules, { text: '', assignee: '' }, reader, lookup)).toBe(rules);
    expect(filterRules(rules, { text: '   ', assignee: '' }, reader, lookup)).toBe(rules);
  });

  it('matches the filters’ description and the assignee’s name, ignoring case', () => {
    expect(numbers(filterRules(rules, { text: 'exception type is e4', assignee: '' }, reader, lookup))).toEqual([4]);
    expect(numbers(filterRules(rules, { text: 'OKAFOR', assignee: '' }, reader, lookup))).toEqual([1, 5]);
    expect(numbers(filterRules(rules, { text: 'frontend', assignee: '' }, reader, lookup))).toEqual([2]);
  });

  it('filters by assignee key, "none" for rules without one, combined with the text', () => {
    expect(numbers(filterRules(rules, { text: '', assignee: 'user:7' }, reader, lookup))).toEqual([1, 5]);
    expect(numbers(filterRules(rules, { text: '', assignee: 'none' }, reader, lookup))).toEqual([3]);
    expect(numbers(filterRules(rules, { text: 'E5', assignee: 'user:7' }, reader, lookup))).toEqual([5]);
  });

  it('keeps an unreadable record in place without filters, and never matches it with them', () => {
    const all = [...rules, unreadable];
    expect(filterRules(all, { text: '', assignee: '' }, reader, lookup)).toBe(all);
    expect(filterRules(all, { text: 'e', assignee: '' }, reader, lookup)).not.toContain(unreadable);
    expect(assigneeOptions(all, reader.assigneeOf, lookup)).toEqual(assigneeOptions(rules, reader.assigneeOf, lookup));
  });

  it('matches extra text a kind provides', () => {
    const withDescription = { ...reader, searchText: (each: AssignmentRule) => (each === rules[2] ? 'Chrome' : null) };
    expect(numbers(filterRules(rules, { text: 'chrome', assignee: '' }, withDescription, lookup))).toEqual([3]);
  });
});

describe('assigneeOptions', () => {
  it('lists each assignee once, people then roles by name, Nobody last', () => {
    expect(assigneeOptions(rules, reader.assigneeOf, lookup)).toEqual([
      { key: 'user:7', label: 'Maya Okafor', group: 'People' },
      { key: 'user:9', label: 'Priya Raman', group: 'People' },
      { key: `role:${frontend}`, label: 'Frontend', group: 'Roles' },
      { key: 'none', label: 'Nobody', group: null },
    ]);
  });
});
