import type { PlanOperation, RulePlan } from '../../rule-plans';

/** One request of a plan, for progress lines: what it does to which rule. */
export function operationText(operation: PlanOperation, plan: RulePlan): string {
  const rule = `${operation.kind} rule`;
  switch (operation.op) {
    case 'create': {
      const position = (plan.final[operation.kind] ?? []).findIndex((ref) => 'key' in ref && ref.key === operation.key);
      const replaces = operation.replaces === undefined ? '' : ` (replacing ${operation.replaces})`;
      return `create ${rule} ${position + 1}${replaces}`;
    }
    case 'update':
      return `update ${rule} ${operation.id}: ${Object.keys(operation.changes).join(', ')}`;
    case 'delete':
      return `delete ${rule} ${operation.id}`;
    case 'reorder':
      return `reorder ${operation.kind} rules`;
  }
}
