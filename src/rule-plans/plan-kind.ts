import type { RuleKind, RuleOf } from '../contract/rules';
import { fieldChanges } from './field-changes';
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
    if (match.type !== 'existing') {
      const key = newKey();
      const replaces = match.type === 'replaces' ? { replaces: match.rule.id } : {};
      if (match.type === 'replaces') replacedBy.set(match.rule.id, key);
      plan.creates.push({ op: 'create', kind, key, rule, ...replaces });
      plan.final.push({ key });
      return;
    }
    kept.add(match.rule.id);
    const { changes, before } = fieldChanges(fieldsOf(kind, match.rule), rule);
    if (Object.keys(changes).length > 0) plan.updates.push({ op: 'update', kind, id: match.rule.id, changes, before });
    plan.final.push({ id: match.rule.id });
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
 * Order keys for new assignment rules that fit between the kept rules around them, so they land in place. Where
 * there is no room the rule gets none, and the reorder places it.
 */
function fitOrderKeys(final: readonly RuleRef[], keyOf: ReadonlyMap<string, number>): Map<string, number> {
  const keys = new Map<string, number>();
  const keptKey = (ref: RuleRef | undefined) => (ref !== undefined && 'id' in ref ? keyOf.get(ref.id)! : null);
  let run: string[] = [];
  let before: number | null = null;
  const place = (after: number | null) => {
    const first = before === null ? (after === null ? 0 : after - run.length) : before + 1;
    if (after === null || first + run.length <= after) run.forEach((key, offset) => keys.set(key, first + offset));
    run = [];
  };
  for (const ref of final) {
    if ('key' in ref) {
      run.push(ref.key);
      continue;
    }
    if (run.length > 0) place(keptKey(ref));
    before = keptKey(ref);
  }
  if (run.length > 0) place(null);
  return keys;
}

/** Gives new assignment rules keys that land them in place, and adds the kind's one reorder when they would not. */
function placeCreations<K extends RuleKind>(kind: K, current: readonly RuleOf<K>[], plan: KindPlan<K>): void {
  const indexOf = new Map(current.map((rule, index) => [rule.id, index]));
  const keyOf = new Map(current.map((rule) => [rule.id, rule.order_key]));
  const fitted = takesOrderKey(kind) ? fitOrderKeys(plan.final, keyOf) : new Map<string, number>();
  const landings = plan.final.map((ref): Landing =>
    'id' in ref
      ? { orderKey: keyOf.get(ref.id)!, previousIndex: indexOf.get(ref.id)! }
      : { orderKey: fitted.get(ref.key) ?? 0, previousIndex: null },
  );
  if (landsInOrder(landings)) {
    for (const create of plan.creates) {
      const orderKey = fitted.get(create.key);
      if (orderKey !== undefined) create.orderKey = orderKey;
    }
    return;
  }
  plan.reorder = { op: 'reorder', kind, order: plan.final, previous: current.map((rule) => rule.id) };
}
