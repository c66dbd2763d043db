import { describe, expect, it } from 'vitest';
import { applyPlan } from './apply-plan';
import { MemoryRulePort } from './memory-rule-port.test-support';
import { assignmentRule, filtersOn, groupingRule, snapshot, suppressionRule, uuid } from './plan-builders.test-support';
import { planRules } from './plan-rules';
import { targetOf } from './rule-spec';

const user = (id: number) => ({ type: 'user' as const, id });
const shape = (plan: ReturnType<typeof planRules>) =>
  plan.operations.map((operation) => `${operation.kind} ${operation.op}`);

describe('planRules', () => {
  it('applies grouping and assignment as creates, reorder, updates, deletes; suppression deletes first', () => {
    const current = snapshot({
      grouping: [groupingRule(1, 0, 'A'), groupingRule(2, 1, 'B')],
      suppression: [suppressionRule(3, 0, 'A'), suppressionRule(4, 1, 'B')],
      assignment: [assignmentRule(5, 0, 'A'), assignmentRule(6, 1, 'B')],
    });
    const plan = planRules(current, {
      grouping: [
        { id: uuid(1), filters: filtersOn('A2'), assignee: null, description: null },
        { filters: filtersOn('N'), assignee: null, description: null },
      ],
      suppression: [
        { id: uuid(3), filters: filtersOn('A'), sampling_rate: 0.5 },
        { filters: filtersOn('N'), sampling_rate: 1 },
      ],
      assignment: [
        { filters: filtersOn('N'), assignee: null },
        { id: uuid(5), filters: filtersOn('A'), assignee: user(1) },
      ],
    });
    expect(shape(plan)).toEqual([
      'grouping create',
      'grouping reorder',
      'grouping update',
      'grouping delete',
      'suppression delete',
      'suppression update',
      'suppression create',
      'suppression reorder',
      'assignment create',
      'assignment update',
      'assignment delete',
    ]);
  });

  it('replaces a grouping rule whose assignee or description changes (PostHog updates only filters)', async () => {
    const current = snapshot({ grouping: [groupingRule(1, 0, 'A'), groupingRule(2, 1, 'B')] });
    const plan = planRules(current, {
      grouping: [
        { id: uuid(1), filters: filtersOn('A'), assignee: user(7), description: 'Checkout' },
        { id: uuid(2), filters: filtersOn('B'), assignee: null, description: null },
      ],
    });
    expect(plan.operations).toEqual([
      {
        op: 'create',
        kind: 'grouping',
        key: 'new-1',
        rule: { filters: filtersOn('A'), assignee: user(7), description: 'Checkout' },
        replaces: uuid(1),
      },
      { op: 'delete', kind: 'grouping', id: uuid(1), rule: current.grouping[0], replacedBy: 'new-1' },
    ]);
    const port = new MemoryRulePort(current);
    await applyPlan(plan, port);
    const after = port.snapshot().grouping;
    expect(after.map((rule) => [rule.assignee, rule.description, rule.order_key])).toEqual([
      [user(7), 'Checkout', 0],
      [null, null, 1],
    ]);
    expect(after[0]!.id).not.toBe(uuid(1));
    // Landing at order_key 0 already puts it first: no reorder was needed.
    expect(port.calls.map((call) => call.call)).toEqual(['create', 'delete']);
  });

  it('updates a grouping rule in place when only its filters change', () => {
    const current = snapshot({ grouping: [groupingRule(1, 0, 'A', { assignee: user(2) })] });
    const plan = planRules(current, {
      grouping: [{ id: uuid(1), filters: filtersOn('A2'), assignee: user(2), description: null }],
    });
    expect(plan.operations).toEqual([
      {
        op: 'update',
        kind: 'grouping',
        id: uuid(1),
        changes: { filters: filtersOn('A2') },
        before: { filters: filtersOn('A') },
      },
    ]);
  });

  it('gives new assignment rules keys between their neighbours instead of a reorder, where there is room', () => {
    const current = snapshot({ assignment: [assignmentRule(1, 0, 'A'), assignmentRule(2, 5, 'B')] });
    const kept = targetOf(current).assignment;
    const plan = planRules(current, {
      assignment: [
        { filters: filtersOn('first'), assignee: null },
        kept[0]!,
        { filters: filtersOn('middle'), assignee: null },
        kept[1]!,
        { filters: filtersOn('last'), assignee: null },
      ],
    });
    expect(plan.operations.map((operation) => (operation.op === 'create' ? operation.orderKey : operation.op))).toEqual(
      [-1, 1, 6],
    );
  });

  it('reorders once to place a new grouping or suppression rule: PostHog puts it at order_key 0', async () => {
    const current = snapshot({ suppression: [suppressionRule(1, 0, 'A'), suppressionRule(2, 1, 'B')] });
    const plan = planRules(current, {
      suppression: [...targetOf(current).suppression, { filters: filtersOn('C'), sampling_rate: 1 }],
    });
    expect(shape(plan)).toEqual(['suppression create', 'suppression reorder']);
    const port = new MemoryRulePort(current);
    const result = await applyPlan(plan, port);
    expect(port.calls.at(-1)).toEqual({
      call: 'reorder',
      kind: 'suppression',
      orders: { [uuid(1)]: 0, [uuid(2)]: 1, [result.created['new-1']!]: 2 },
    });
  });

  it('needs no reorder for a first rule in an empty list, and none for a rule whose key is already in place', () => {
    expect(
      shape(planRules(snapshot({}), { grouping: [{ filters: filtersOn('A'), assignee: null, description: null }] })),
    ).toEqual(['grouping create']);
    const current = snapshot({ grouping: [groupingRule(1, 3, 'A')] });
    expect(
      shape(
        planRules(current, {
          grouping: [{ filters: filtersOn('N'), assignee: null, description: null }, ...targetOf(current).grouping],
        }),
      ),
    ).toEqual(['grouping create']);
  });

  it('matches rules by content when the target has no ids: copying to another environment keeps identical rules', () => {
    const staging = snapshot({ assignment: [assignmentRule(1, 0, 'A', user(1)), assignmentRule(2, 1, 'B')] });
    const production = snapshot({ assignment: [assignmentRule(8, 4, 'B'), assignmentRule(9, 9, 'A', user(1))] });
    const plan = planRules(production, targetOf(staging));
    expect(plan.operations).toEqual([
      {
        op: 'reorder',
        kind: 'assignment',
        order: [{ id: uuid(9) }, { id: uuid(8) }],
        previous: [uuid(8), uuid(9)],
      },
    ]);
  });

  it('leaves a kind the target leaves out alone, and empties a kind given as []', () => {
    const current = snapshot({ grouping: [groupingRule(1, 0, 'A')], suppression: [suppressionRule(2, 0, 'A')] });
    expect(shape(planRules(current, { suppression: [] }))).toEqual(['suppression delete']);
  });

  it('treats a suppression rule without sampling_rate (older PostHog) as rate 1', () => {
    const { sampling_rate: _rate, ...old } = suppressionRule(1, 0, 'A');
    expect(
      planRules(snapshot({ suppression: [old] }), {
        suppression: [{ id: uuid(1), filters: filtersOn('A'), sampling_rate: 1 }],
      }).operations,
    ).toEqual([]);
  });
});
