import type { RuleSnapshot } from '../contract/rule-history';
import type { RuleKind } from '../contract/rules';
import type { PlanOperation, RulePlan } from './plan-operations';
import { planKind, type KindPlan } from './plan-kind';
import type { RuleTarget } from './rule-spec';

/** PostHog's evaluation order: grouping gives the fingerprint, suppression may drop, assignment assigns. */
const kindOrder = ['grouping', 'suppression', 'assignment'] as const satisfies readonly RuleKind[];

/**
 * The safe order within a kind (decision 030). Grouping and assignment: new rules first and placed at once, so a
 * rule being replaced or removed keeps handling exceptions until its successor is in place; deletes last.
 * Suppression the other way round: a dropped exception is lost for good while one let through is only noise, so
 * the rules that go are removed before new ones can drop anything.
 */
function inSafeOrder<K extends RuleKind>(kind: K, plan: KindPlan<K>): PlanOperation[] {
  const reorder = plan.reorder === null ? [] : [plan.reorder];
  const operations =
    kind === 'suppression'
      ? [...plan.deletes, ...plan.updates, ...plan.creates, ...reorder]
      : [...plan.creates, ...reorder, ...plan.updates, ...plan.deletes];
  return operations as PlanOperation[];
}

/**
 * The operations that turn `current` into `target`, minimal: rules that are the same are not touched, a kind is
 * reordered (once) only when its rules would not otherwise be in the target's order. A kind the target leaves out
 * is left alone.
 */
export function planRules(current: RuleSnapshot, target: RuleTarget): RulePlan {
  let created = 0;
  const newKey = () => `new-${++created}`;
  const operations: PlanOperation[] = [];
  const final: RulePlan['final'] = {};
  for (const kind of kindOrder) {
    const wanted = target[kind];
    if (wanted === undefined) continue;
    const plan = planKind(kind, current[kind], wanted, newKey);
    operations.push(...inSafeOrder(kind, plan));
    final[kind] = plan.final;
  }
  return { operations, final };
}
