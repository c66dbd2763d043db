import { describe, expect, it } from 'vitest';
import type { GroupingRule, RuleKind, RuleOf } from '../../../../../contract/rules';
import { ApiError } from '../../../../lib/api-error';
import type { DeletedRules, RestoreResult } from '../../../../data/rules/restore-rules';
import { describeRestore, listOfNames } from './describe-restore';
import { assignmentRule } from '../../../../test/rule-fixtures';

const locked = new ApiError(500, {
  type: 'server_error',
  code: 'error',
  detail: 'The database is locked.',
  attr: null,
});
const rules = [1, 2, 3, 4, 5].map((n) => assignmentRule(n, { assignee: null }));
const beforeIds = rules.map((each) => each.id);

function restore<K extends RuleKind>(
  deleted: RuleOf<K>[],
  { failed = [] as number[], placed = true, unreadable = 0 } = {},
): [DeletedRules<K>, RestoreResult<K>] {
  const failedIds = failed.map((n) => beforeIds[n - 1]!);
  const extra = Array.from({ length: unreadable }, (_, index) => `unreadable-${index}`);
  return [
    { beforeIds: [...beforeIds, ...extra], deletedIds: [...deleted.map((each) => each.id), ...extra], rules: deleted },
    {
      recreated: new Map(deleted.filter((each) => !failedIds.includes(each.id)).map((each) => [each.id, each])),
      failed: deleted.filter((each) => failedIds.includes(each.id)).map((each) => ({ rule: each, error: locked })),
      placement: placed ? { ok: true } : { ok: false, error: locked },
    },
  ];
}
// Named as the list names them; the number here only tells the test's rules apart.
const nameOf = (rule: { id: string }) => `“E${beforeIds.indexOf(rule.id) + 1}” (${rule.id.slice(-8)})`;
const say = <K extends RuleKind>(kind: K, ...args: Parameters<typeof restore<K>>) =>
  describeRestore(kind, ...restore(...args), nameOf);

describe('describeRestore', () => {
  it('names the rule by its name, or counts them', () => {
    expect(say('assignment', [rules[1]!])).toEqual({ message: 'Restored “E2” (00000002).', retry: false });
    expect(say('assignment', [rules[1]!, rules[3]!]).message).toBe('Restored 2 assignment rules.');
  });

  it('names the rules it could not re-create, with the first error, and asks for a retry', () => {
    expect(say('assignment', [rules[0]!, rules[1]!, rules[3]!], { failed: [2, 4] })).toEqual({
      message:
        'Restored 1 of 3 assignment rules; could not re-create “E2” (00000002) and “E4” (00000004): The database is locked.',
      retry: true,
    });
    expect(say('assignment', [rules[1]!], { failed: [2] }).message).toBe(
      'Could not restore “E2” (00000002): The database is locked.',
    );
  });

  it('says when re-created rules are not back in place', () => {
    expect(say('assignment', [rules[1]!, rules[2]!], { placed: false })).toEqual({
      message: 'Re-created 2 assignment rules, but could not put them back in place: The database is locked.',
      retry: true,
    });
  });

  it('says that unreadable records were not re-created', () => {
    expect(say('assignment', [rules[1]!], { unreadable: 1 }).message).toBe(
      'Restored “E2” (00000002). 1 record the dashboard cannot read could not be re-created.',
    );
  });

  it('says that a grouping rule’s new matches open a new issue', () => {
    const grouped: GroupingRule = { ...rules[1]!, description: null, issue: { id: beforeIds[0]!, name: 'Checkout' } };
    expect(say('grouping', [grouped]).message).toBe(
      'Restored “E2” (00000002). New matches will open a new issue; earlier ones stay in “Checkout”.',
    );
  });
});

describe('listOfNames', () => {
  it('lists one, two and more names', () => {
    expect([['A'], ['A', 'B'], ['A', 'B', 'C']].map(listOfNames)).toEqual(['A', 'A and B', 'A, B and C']);
  });
});
