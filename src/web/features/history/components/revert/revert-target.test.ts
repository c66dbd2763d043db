import { describe, expect, it } from 'vitest';
import type { RuleSnapshot } from '../../../../../contract/rule-history';
import { planRules } from '../../../../../rule-plans';
import { assignmentRule, ruleId } from '../../../../test/rule-fixtures';
import { revertTarget, undoTarget } from './revert-target';

const state = (...ns: number[]): RuleSnapshot => ({
  assignment: ns.map((n, index) => assignmentRule(n, { order_key: index })),
  grouping: [],
  suppression: [],
});
const idsOf = (target: ReturnType<typeof revertTarget>) => target.assignment?.map((spec) => spec.id);

describe('revert targets', () => {
  it('puts one rule back between the neighbours it had, keeping what changed since around it', () => {
    // 2 was deleted; since then 4 was added at the end and 3 moved to the top.
    const before = state(1, 2, 3);
    const now = state(3, 1, 4);
    expect(idsOf(undoTarget(now, before, [ruleId(2)]))).toEqual([ruleId(3), ruleId(1), ruleId(2), ruleId(4)]);
    // Its first neighbour gone too: before the next one that is still there.
    expect(idsOf(undoTarget(state(3, 4), before, [ruleId(2)]))).toEqual([ruleId(2), ruleId(3), ruleId(4)]);
    // A rule that did not exist then is taken out.
    expect(idsOf(undoTarget(now, before, [ruleId(4)]))).toEqual([ruleId(3), ruleId(1)]);
  });

  it('undoes a reorder of several rules into the order they had, and a kind it leaves alone stays out', () => {
    const before = state(1, 2, 3, 4);
    const now = state(4, 1, 2, 3);
    const target = undoTarget(now, before, [ruleId(4), ruleId(1), ruleId(2), ruleId(3)]);
    expect(idsOf(target)).toEqual([ruleId(1), ruleId(2), ruleId(3), ruleId(4)]);
    expect(Object.keys(target)).toEqual(['assignment']);
  });

  it('restores a whole state, one kind, or one rule with its fields as they were', () => {
    const before = state(1, 2);
    const edited = { ...state(2, 1), grouping: [] };
    edited.assignment[1] = { ...edited.assignment[1]!, assignee: null };
    const rule = revertTarget(edited, before, { type: 'rule', id: ruleId(1) });
    expect(rule.assignment?.map((spec) => [spec.id, spec.assignee])).toEqual([
      [ruleId(1), { type: 'user', id: 1 }],
      [ruleId(2), { type: 'user', id: 2 }],
    ]);
    expect(Object.keys(revertTarget(edited, before, { type: 'kind', kind: 'assignment' }))).toEqual(['assignment']);
    expect(Object.keys(revertTarget(edited, before, { type: 'environment' }))).toEqual([
      'assignment',
      'grouping',
      'suppression',
    ]);
    // Planned against the state it came from, a restore of that state changes nothing.
    expect(planRules(before, revertTarget(before, before, { type: 'environment' })).operations).toEqual([]);
  });
});
