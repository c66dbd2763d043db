import type { RuleSnapshot } from '../../../../../contract/rule-history';
import { ruleKinds, type RuleKind, type RuleOf } from '../../../../../contract/rules';
import { fieldsOf, targetOf, type RuleSpecOf, type RuleTarget } from '../../../../../rule-plans';

/** What a revert puts back: every list, one kind's list, or one rule (its fields and its place). */
export type RevertScope = { type: 'environment' } | { type: 'kind'; kind: RuleKind } | { type: 'rule'; id: string };

type Lists = { [K in RuleKind]: RuleOf<K>[] };
/** A kind's list, typed as that very kind's rules for a generic `kind`. */
export const listOf = <K extends RuleKind>(snapshot: RuleSnapshot, kind: K): RuleOf<K>[] => {
  const lists: Lists = snapshot;
  return lists[kind];
};

const specsOf = <K extends RuleKind>(kind: K, rules: readonly RuleOf<K>[]): RuleSpecOf<K>[] =>
  rules.map((rule) => ({ id: rule.id, ...fieldsOf(kind, rule) }));

/** The kind a rule belongs to, in either state; null when neither holds it. */
export function kindOfRule(id: string, ...states: RuleSnapshot[]): RuleKind | null {
  for (const state of states) {
    for (const kind of ruleKinds) if (state[kind].some((rule) => rule.id === id)) return kind;
  }
  return null;
}

/**
 * `wanted` with rule `id` as `reference` holds it: its fields, and its place next to the same neighbours (right
 * after the nearest rule above it that is still there; else right before the nearest below; else where it was).
 * Gone from `reference`, it is gone from the result.
 */
function withRuleAsIn<K extends RuleKind>(
  kind: K,
  wanted: readonly RuleSpecOf<K>[],
  reference: readonly RuleOf<K>[],
  id: string,
): RuleSpecOf<K>[] {
  const others = wanted.filter((spec) => spec.id !== id);
  const at = reference.findIndex((rule) => rule.id === id);
  if (at === -1) return others;
  const spec: RuleSpecOf<K> = { id, ...fieldsOf(kind, reference[at]!) };
  const indexOf = (ruleId: string) => others.findIndex((other) => other.id === ruleId);
  for (let above = at - 1; above >= 0; above--) {
    const index = indexOf(reference[above]!.id);
    if (index !== -1) return [...others.slice(0, index + 1), spec, ...others.slice(index + 1)];
  }
  for (let below = at + 1; below < reference.length; below++) {
    const index = indexOf(reference[below]!.id);
    if (index !== -1) return [...others.slice(0, index), spec, ...others.slice(index)];
  }
  const index = Math.min(at, others.length);
  return [...others.slice(0, index), spec, ...others.slice(index)];
}

function ruleTarget<K extends RuleKind>(kind: K, current: RuleSnapshot, reference: RuleSnapshot, ids: string[]) {
  const before = listOf(reference, kind);
  let wanted = specsOf(kind, listOf(current, kind));
  // In the reference's order, so that rules put back next to each other find their neighbours in place.
  const position = (id: string) => {
    const index = before.findIndex((rule) => rule.id === id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  for (const id of [...ids].sort((a, b) => position(a) - position(b))) {
    wanted = withRuleAsIn(kind, wanted, before, id);
  }
  return wanted;
}

/** The target that puts back, from `current`, what `scope` covers as `reference` held it; the rest is left alone. */
export function revertTarget(current: RuleSnapshot, reference: RuleSnapshot, scope: RevertScope): RuleTarget {
  if (scope.type === 'environment') return targetOf(reference);
  if (scope.type === 'kind') return onlyKinds(targetOf(reference), [scope.kind]);
  return undoTarget(current, reference, [scope.id]);
}

/**
 * The target that puts the rules `ids` back as `reference` held them (the state before a change), each in its place
 * among the rules there now: an undo of that change which keeps whatever was done since to other rules.
 */
export function undoTarget(current: RuleSnapshot, reference: RuleSnapshot, ids: readonly string[]): RuleTarget {
  const byKind = new Map<RuleKind, string[]>();
  for (const id of ids) {
    const kind = kindOfRule(id, reference, current);
    if (kind !== null) byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
  }
  const of = <K extends RuleKind>(kind: K) => ruleTarget(kind, current, reference, byKind.get(kind) ?? []);
  return onlyKinds({ assignment: of('assignment'), grouping: of('grouping'), suppression: of('suppression') }, [
    ...byKind.keys(),
  ]);
}

/** `target` narrowed to `kinds`: a kind left out is left as it is. */
export function onlyKinds(target: Required<RuleTarget>, kinds: readonly RuleKind[]): RuleTarget {
  return {
    ...(kinds.includes('assignment') && { assignment: target.assignment }),
    ...(kinds.includes('grouping') && { grouping: target.grouping }),
    ...(kinds.includes('suppression') && { suppression: target.suppression }),
  };
}
