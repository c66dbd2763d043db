import type { RuleKind, RuleOf } from '../contract/rules';
import { fieldChanges, needsReplacement } from './field-changes';
import { fieldsOf, type RuleSpecOf } from './rule-spec';
import { canonicalJson } from './same-content';

/** What a wanted rule is: an existing rule (kept, maybe updated), a replacement of one, or new. */
export type RuleMatch<K extends RuleKind> =
  { type: 'existing'; rule: RuleOf<K> } | { type: 'replaces'; rule: RuleOf<K> } | { type: 'new' };

/**
 * For each wanted rule, the existing rule it is. By id first, where the id exists; then by equal content, so that
 * a document from another environment does not recreate the rules already there (among equal rules, the earlier
 * existing one goes to the earlier wanted one). A grouping rule that PostHog cannot change in place gets a new id
 * anyway: it takes an existing rule with its new content if there is one, and replaces its own otherwise.
 */
export function matchRules<K extends RuleKind>(
  kind: K,
  current: readonly RuleOf<K>[],
  wanted: readonly RuleSpecOf<K>[],
): RuleMatch<K>[] {
  const byId = new Map(current.map((rule) => [rule.id, rule]));
  const used = new Set<string>();
  const named = wanted.map((spec) => {
    const rule = spec.id === undefined ? undefined : byId.get(spec.id);
    if (rule === undefined || used.has(rule.id)) return null;
    used.add(rule.id);
    return rule;
  });
  const replacing = named.map((rule, index) => {
    if (rule === null) return false;
    const { changes } = fieldChanges(fieldsOf(kind, rule), fieldsOf(kind, wanted[index]!));
    if (needsReplacement(kind, changes)) used.delete(rule.id);
    return needsReplacement(kind, changes);
  });
  const byContent = new Map<string, RuleOf<K>[]>();
  for (const rule of current) {
    if (used.has(rule.id)) continue;
    const content = canonicalJson(fieldsOf(kind, rule));
    byContent.set(content, [...(byContent.get(content) ?? []), rule]);
  }
  const take = (spec: RuleSpecOf<K>) => {
    const rule = byContent.get(canonicalJson(fieldsOf(kind, spec)))?.shift();
    if (rule !== undefined) used.add(rule.id);
    return rule;
  };
  const matches = wanted.map((spec, index): RuleMatch<K> | null => {
    const rule = named[index]!;
    if (rule !== null && !replacing[index]) return { type: 'existing', rule };
    const equal = take(spec);
    return equal === undefined ? null : { type: 'existing', rule: equal };
  });
  return matches.map((match, index) => {
    if (match !== null) return match;
    const own = named[index];
    if (!replacing[index] || own === null || own === undefined || used.has(own.id)) return { type: 'new' };
    used.add(own.id);
    return { type: 'replaces', rule: own };
  });
}
