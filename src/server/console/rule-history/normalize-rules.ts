import { sortRules } from '../../../contract/rule-evaluation-order';
import { ruleObjectSchema, type RuleKind, type RuleOf } from '../../../contract/rules';

/**
 * A list as history keeps it: read with the contract (a record that cannot be read is left out, as the lists leave
 * it out), in evaluation order. A grouping rule's `issue` is ingestion's doing, not the rule's, and is kept null.
 */
export function normalizeRules<K extends RuleKind>(kind: K, records: readonly unknown[]): RuleOf<K>[] {
  const rules: RuleOf<K>[] = [];
  for (const record of records) {
    const parsed = ruleObjectSchema(kind).safeParse(record);
    if (!parsed.success) continue;
    rules.push('issue' in parsed.data ? { ...parsed.data, issue: null } : parsed.data);
  }
  return sortRules(rules);
}
