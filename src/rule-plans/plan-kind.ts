import type { RuleKind, RuleOf } from '../contract/rules';
import { fieldChanges, needsReplacement } from './field-changes';
import { landsInOrder, type Landing } from './lands-in-order';
import { matchRules } from './match-rules';
import type { CreateOperation, DeleteOperation, ReorderOperation, RuleRef, UpdateOperation } from './plan-operations';
import { fieldsOf, type RuleSpecOf } from './rule-spec';

export type KindPlan<K extends RuleKind> = {
  creates: CreateOperation<K>[];
  updates: UpdateOperation<K>[];
  deletes: DeleteOperation<K>[];
  reorder: ReorderOperation<K> | null;
  final: RuleRef[];
};

/** PostHog's grouping and suppression create ignore `order_key`: a new rule gets 0. */
const takesOrderKey = (kind: RuleKind) => kind === 'assignment';

export function planKind<K extends RuleKind>(
  kind: K,
  current: readonly RuleOf<K>[],
  wanted: readonly RuleSpecOf<K>[],
  newKey: () => string,
): KindPlan<K> {
  const matches = matchRules(kind, current, wanted);
  const plan: KindPlan<K> = { creates: [], updates: [], deletes: [], reorder: null, final: [] };
  const kept = new Set<string>();
  const replacedBy = new Map<string, string>();
  wanted.forEach((spec, index) => {
    const match = matches[index]!;
    const rule = fieldsOf(kind, spec);
    if (match === null) {
      const key = newKey();
      plan.creates.push({ op: 'create', kind, key, rule });
      plan.final.push({ key });
      return;
    }
    const { changes, before } = fieldChanges(fieldsOf(kind, match), rule);
    if (needsReplacement(kind, changes)) {
      const key = newKey();
      replacedBy.set(match.id, key);
      plan.creates.push({ op: 'create', kind, key, rule, replaces: match.id });
      plan.final.push({ key });
      return;
    }
    kept.add(match.id);
    if (Object.keys(changes).length > 0) plan.updates.push({ op: 'update', kind, id: match.id, changes, before });
    plan.final.push({ id: match.id });
  });
  for (const rule of current) {
    if (kept.has(rule.id)) continue;
    const key = replacedBy.get(rule.id);
    plan.deletes.push({ op: 'delete', kind, id: rule.id, rule, ...(key === undefined ? {} : { replacedBy: key }) });
  }
  placeCreations(kind, current, plan);
  return plan;
}

/**
 * Gives new assignment rules that all go last an order_key after every kept rule, so they land in place; then adds
 * the kind's one reorder when the rules would not be in the wanted order without it.
 */
function placeCreations<K extends RuleKind>(kind: K, current: readonly RuleOf<K>[], plan: KindPlan<K>): void {
  const indexOf = new Map(current.map((rule, index) => [rule.id, index]));
  const keyOf = new Map(current.map((rule) => [rule.id, rule.order_key]));
  const firstNew = plan.final.findIndex((ref) => 'key' in ref);
  const newGoLast = firstNew !== -1 && plan.final.slice(firstNew).every((ref) => 'key' in ref);
  if (takesOrderKey(kind) && newGoLast) {
    const keptKeys = plan.final.slice(0, firstNew).map((ref) => ('id' in ref ? keyOf.get(ref.id)! : 0));
    const start = keptKeys.length === 0 ? 0 : Math.max(...keptKeys) + 1;
    plan.creates.forEach((create, offset) => (create.orderKey = start + offset));
  }
  const orderKeyOf = new Map(plan.creates.map((create) => [create.key, create.orderKey ?? 0]));
  const landings = plan.final.map((ref): Landing =>
    'id' in ref
      ? { orderKey: keyOf.get(ref.id)!, previousIndex: indexOf.get(ref.id)! }
      : { orderKey: orderKeyOf.get(ref.key)!, previousIndex: null },
  );
  if (landsInOrder(landings)) return;
  for (const create of plan.creates) delete create.orderKey;
  plan.reorder = { op: 'reorder', kind, order: plan.final, previous: current.map((rule) => rule.id) };
}
