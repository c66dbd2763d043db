import type { RuleSnapshot } from '../../../contract/rule-history';
import { ruleKinds, type RuleKind } from '../../../contract/rules';
import { canonicalJson } from '../../store/canonical-json';

export type SnapshotChanges = { kinds: RuleKind[]; ruleIds: string[] };

/** The kinds whose list differs, and the rules created, deleted or changed in any field (order_key included). */
export function snapshotChanges(before: RuleSnapshot, after: RuleSnapshot): SnapshotChanges {
  const kinds: RuleKind[] = [];
  const ruleIds: string[] = [];
  for (const kind of ruleKinds) {
    const old = new Map<string, string>(before[kind].map((rule) => [rule.id, canonicalJson(rule)]));
    const changed = new Set<string>();
    for (const rule of after[kind]) {
      if (old.get(rule.id) !== canonicalJson(rule)) changed.add(rule.id);
      old.delete(rule.id);
    }
    for (const id of old.keys()) changed.add(id);
    if (changed.size > 0 || canonicalJson(before[kind]) !== canonicalJson(after[kind])) kinds.push(kind);
    ruleIds.push(...changed);
  }
  return { kinds, ruleIds };
}

export const sameState = (a: RuleSnapshot, b: RuleSnapshot) => snapshotChanges(a, b).kinds.length === 0;
