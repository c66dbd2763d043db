import type { RuleKind, RuleOf } from '../contract/rules';
import { fieldsOf, type RuleSpecOf } from './rule-spec';
import { canonicalJson } from './same-content';

/**
 * For each wanted rule, the existing rule it is (or null: it is new). By id first, where the id exists; then by
 * equal content, so that a document from another environment does not recreate the rules already there. Among
 * equal rules, the earlier existing one goes to the earlier wanted one.
 */
export function matchRules<K extends RuleKind>(
  kind: K,
  current: readonly RuleOf<K>[],
  wanted: readonly RuleSpecOf<K>[],
): Array<RuleOf<K> | null> {
  const byId = new Map(current.map((rule) => [rule.id, rule]));
  const used = new Set<string>();
  const matches = wanted.map((spec) => {
    const rule = spec.id === undefined ? undefined : byId.get(spec.id);
    if (rule === undefined || used.has(rule.id)) return null;
    used.add(rule.id);
    return rule;
  });
  const byContent = new Map<string, RuleOf<K>[]>();
  for (const rule of current) {
    if (used.has(rule.id)) continue;
    const content = canonicalJson(fieldsOf(kind, rule));
    byContent.set(content, [...(byContent.get(content) ?? []), rule]);
  }
  return matches.map((match, index) => {
    if (match !== null) return match;
    const equal = byContent.get(canonicalJson(fieldsOf(kind, wanted[index]!)));
    return equal?.shift() ?? null;
  });
}
