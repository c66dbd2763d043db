import type { RuleKind } from '../contract/rules';
import type { PlanOperation, RulePlan, RuleRef } from './plan-operations';
import type { RulePort } from './rule-port';

export type ApplyProgress = {
  /** Operations finished so far. */
  done: number;
  total: number;
  /** The operation about to run, or null once every one has. */
  next: PlanOperation | null;
};

export type ApplyOptions = { onProgress?: (progress: ApplyProgress) => void; signal?: AbortSignal };

export type ApplyResult = {
  /** `failed`: an operation threw; `aborted`: the signal fired between two operations. */
  status: 'done' | 'failed' | 'aborted';
  applied: PlanOperation[];
  failed: { operation: PlanOperation; error: unknown } | null;
  notRun: PlanOperation[];
  /** The id each created rule got, by its plan key. */
  created: Record<string, string>;
};

export class UnknownPlanKeyError extends Error {}

function idOf(ref: RuleRef, created: Record<string, string>): string {
  if ('id' in ref) return ref.id;
  const id = created[ref.key];
  if (id === undefined) throw new UnknownPlanKeyError(`The plan reorders "${ref.key}" before creating it.`);
  return id;
}

/** Every rule of the final order on its own key, 0…n-1: rules left tied would be evaluated in no defined order. */
const ordersOf = (order: RuleRef[], created: Record<string, string>) =>
  Object.fromEntries(order.map((ref, position) => [idOf(ref, created), position]));

async function run(operation: PlanOperation, port: RulePort, created: Record<string, string>): Promise<void> {
  const kind: RuleKind = operation.kind;
  switch (operation.op) {
    case 'create': {
      const body =
        operation.orderKey === undefined ? operation.rule : { ...operation.rule, order_key: operation.orderKey };
      const rule = await port.createRule(operation.kind, body);
      created[operation.key] = rule.id;
      return;
    }
    case 'update':
      return port.updateRule(operation.kind, operation.id, operation.changes);
    case 'delete':
      return port.deleteRule(kind, operation.id);
    case 'reorder':
      return port.reorderRules(kind, ordersOf(operation.order, created));
  }
}

/**
 * Runs a plan's operations one at a time, in the plan's order, and stops at the first that fails: the result says
 * exactly what was applied, what failed and what was not run.
 */
export async function applyPlan(plan: RulePlan, port: RulePort, options: ApplyOptions = {}): Promise<ApplyResult> {
  const { operations } = plan;
  const created: Record<string, string> = {};
  const applied: PlanOperation[] = [];
  const finish = (status: ApplyResult['status'], failed: ApplyResult['failed'] = null): ApplyResult => ({
    status,
    applied,
    failed,
    notRun: operations.slice(applied.length + (failed ? 1 : 0)),
    created,
  });
  for (const operation of operations) {
    options.onProgress?.({ done: applied.length, total: operations.length, next: operation });
    if (options.signal?.aborted) return finish('aborted');
    try {
      await run(operation, port, created);
    } catch (error) {
      return finish('failed', { operation, error });
    }
    applied.push(operation);
  }
  options.onProgress?.({ done: applied.length, total: operations.length, next: null });
  return finish('done');
}
