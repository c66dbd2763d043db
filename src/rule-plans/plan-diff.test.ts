import { describe, expect, it } from 'vitest';
import { assignmentRule, filtersOn, groupingRule, snapshot, uuid } from './plan-builders.test-support';
import { planDiff } from './plan-diff';
import { planRules } from './plan-rules';
import { targetOf } from './rule-spec';

describe('planDiff', () => {
  it('says which rule moved, from where to where, and not the ones merely shifted', () => {
    const current = snapshot({ assignment: [1, 2, 3, 4, 5].map((n) => assignmentRule(n, n, `R${n}`)) });
    const [r1, r2, r3, r4, r5] = targetOf(current).assignment;
    const diff = planDiff(current, planRules(current, { assignment: [r1!, r5!, r2!, r3!, r4!] }));
    expect(diff).toEqual([
      expect.objectContaining({ change: 'moved', id: uuid(5), from: 5, to: 2, moved: true, fields: [] }),
    ]);
  });

  it('lists created, updated (before → after) and deleted rules with their positions', () => {
    const current = snapshot({ assignment: [assignmentRule(1, 0, 'A'), assignmentRule(2, 1, 'B')] });
    const plan = planRules(current, {
      assignment: [
        { id: uuid(1), filters: filtersOn('A'), assignee: { type: 'user', id: 3 } },
        { filters: filtersOn('C'), assignee: null },
      ],
    });
    expect(planDiff(current, plan)).toEqual([
      {
        kind: 'assignment',
        change: 'updated',
        id: uuid(1),
        key: null,
        rule: { filters: filtersOn('A'), assignee: { type: 'user', id: 3 } },
        fields: [{ field: 'assignee', before: null, after: { type: 'user', id: 3 } }],
        from: 1,
        to: 1,
        moved: false,
      },
      {
        kind: 'assignment',
        change: 'created',
        id: null,
        key: 'new-1',
        rule: { filters: filtersOn('C'), assignee: null },
        fields: [],
        from: null,
        to: 2,
        moved: false,
      },
      {
        kind: 'assignment',
        change: 'deleted',
        id: uuid(2),
        key: null,
        rule: { filters: filtersOn('B'), assignee: null },
        fields: [],
        from: 2,
        to: null,
        moved: false,
      },
    ]);
  });

  it('shows a grouping rule that must be re-created as one replaced rule, not a delete and a create', () => {
    const current = snapshot({ grouping: [groupingRule(1, 0, 'A'), groupingRule(2, 1, 'B')] });
    const [first, second] = targetOf(current).grouping;
    const plan = planRules(current, { grouping: [second!, { ...first!, description: 'Checkout' }] });
    // Of two rules that swap places, one is said to move.
    expect(planDiff(current, plan)).toEqual([
      expect.objectContaining({ change: 'moved', id: uuid(2), from: 2, to: 1, moved: true }),
      expect.objectContaining({
        change: 'replaced',
        id: uuid(1),
        key: 'new-1',
        fields: [{ field: 'description', before: null, after: 'Checkout' }],
        from: 1,
        to: 2,
        moved: false,
      }),
    ]);
  });

  it('is empty for an empty plan', () => {
    const current = snapshot({ grouping: [groupingRule(1, 0, 'A')] });
    expect(planDiff(current, planRules(current, targetOf(current)))).toEqual([]);
  });
});
