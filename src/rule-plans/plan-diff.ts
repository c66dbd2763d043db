import type { RuleSnapshot } from '../contract/rule-history';
import type { RuleKind, RuleOf } from '../contract/rules';
import { fieldChanges } from './field-changes';
import { longestIncreasing } from './longest-increasing';
import type { CreateOperation, DeleteOperation, RulePlan, UpdateOperation } from './plan-operations';
import { fieldsOf, type RuleFieldsOf } from './rule-spec';

export type FieldChange = { field: string; before: unknown; after: unknown };

type RuleDiffOf<K extends RuleKind> = {
  kind: K;
  /**
   * `replaced`: a grouping rule whose assignee or description changes is deleted and created again (new id).
   * `moved`: only its place changed.
   */
  change: 'created' | 'deleted' | 'updated' | 'replaced' | 'moved';
  /** The rule's id before the plan; null for a new rule. */
  id: string | null;
  /** The plan key of the rule the plan creates (new or replacement). */
  key: string | null;
  /** The rule after the plan; for a deleted one, as it was. */
  rule: RuleFieldsOf<K>;
  fields: FieldChange[];
  /** Positions from 1: before the plan (null: new) and after it (null: deleted). */
  from: number | null;
  to: number | null;
  /** Its order relative to the other rules that stay changed (not merely shifted by rules added or removed). */
  moved: boolean;
};
export type RuleDiff = { [K in RuleKind]: RuleDiffOf<K> }[RuleKind];

const fieldList = (changes: object, before: object): FieldChange[] =>
  Object.entries(changes).map(([field, after]) => ({
    field,
    before: (before as Record<string, unknown>)[field],
    after,
  }));

function diffKind<K extends RuleKind>(kind: K, current: readonly RuleOf<K>[], plan: RulePlan): RuleDiffOf<K>[] {
  const final = plan.final[kind];
  if (final === undefined) return [];
  const ofKind = plan.operations.filter((operation) => operation.kind === kind);
  const creates = new Map(
    ofKind.flatMap((operation) =>
      operation.op === 'create' ? [[operation.key, operation as CreateOperation<K>]] : [],
    ),
  );
  const updates = new Map(
    ofKind.flatMap((operation) => (operation.op === 'update' ? [[operation.id, operation as UpdateOperation<K>]] : [])),
  );
  const deletes = ofKind.flatMap((operation) => (operation.op === 'delete' ? [operation as DeleteOperation<K>] : []));
  const indexOf = new Map(current.map((rule, index) => [rule.id, index]));
  const byId = new Map(current.map((rule) => [rule.id, rule]));

  const rows = final.map((ref, index) => {
    const create = 'key' in ref ? creates.get(ref.key) : undefined;
    const id = 'id' in ref ? ref.id : (create?.replaces ?? null);
    return { ref, create, id, from: id === null ? null : indexOf.get(id)!, to: index };
  });
  const staying = rows.filter((row) => row.from !== null);
  const inOrder = longestIncreasing(staying.map((row) => row.from!));
  const moved = new Set(staying.filter((_, index) => !inOrder.has(index)));

  const diffs: RuleDiffOf<K>[] = [];
  for (const row of rows) {
    const position = { from: row.from === null ? null : row.from + 1, to: row.to + 1, moved: moved.has(row) };
    if (row.create) {
      const replaced = row.id === null ? null : fieldChanges(fieldsOf(kind, byId.get(row.id)!), row.create.rule);
      diffs.push({
        kind,
        change: replaced === null ? 'created' : 'replaced',
        id: row.id,
        key: row.create.key,
        rule: row.create.rule,
        fields: replaced === null ? [] : fieldList(replaced.changes, replaced.before),
        ...position,
      });
      continue;
    }
    const update = updates.get(row.id!);
    if (!update && !position.moved) continue;
    diffs.push({
      kind,
      change: update ? 'updated' : 'moved',
      id: row.id,
      key: null,
      rule: { ...fieldsOf(kind, byId.get(row.id!)!), ...update?.changes },
      fields: update ? fieldList(update.changes, update.before) : [],
      ...position,
    });
  }
  for (const operation of deletes) {
    if (operation.replacedBy !== undefined) continue;
    const from = indexOf.get(operation.id)! + 1;
    const rule = fieldsOf(kind, operation.rule);
    diffs.push({
      kind,
      change: 'deleted',
      id: operation.id,
      key: null,
      rule,
      fields: [],
      from,
      to: null,
      moved: false,
    });
  }
  return diffs;
}

/** Per rule, what a plan does to it: the structure the History page and the import dialog render. */
export function planDiff(current: RuleSnapshot, plan: RulePlan): RuleDiff[] {
  return [
    ...diffKind('assignment', current.assignment, plan),
    ...diffKind('grouping', current.grouping, plan),
    ...diffKind('suppression', current.suppression, plan),
  ];
}
