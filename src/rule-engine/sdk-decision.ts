import { sdkSuppressionRules } from './client-safe-suppression-rules';
import { exceptionEntries } from './exception-list';
import type { EngineSuppressionRule, EvaluationTrace, Json, SdkSuppressionRule } from './types';

type SdkLeaf = SdkSuppressionRule['values'][number];
type SdkKey = SdkLeaf['key'];

const lower = (values: readonly string[]) => values.map((value) => value.toLowerCase());

/** posthog-js `propertyComparisons`: negatives need every value to differ (the server needs only one). */
function compare(operator: SdkLeaf['operator'], targets: readonly string[], values: string[]): boolean {
  switch (operator) {
    case 'exact':
      return values.some((value) => targets.some((target) => value === target));
    case 'is_not':
      return values.every((value) => targets.every((target) => value !== target));
    case 'icontains':
      return lower(values).some((value) => lower(targets).some((target) => value.includes(target)));
    case 'not_icontains':
      return lower(values).every((value) => lower(targets).every((target) => !value.includes(target)));
  }
}

function sdkValues(properties: Record<string, Json>): Record<SdkKey, string[]> {
  const values: Record<SdkKey, string[]> = { $exception_types: [], $exception_values: [] };
  for (const { type, value } of exceptionEntries(properties)) {
    if (typeof type === 'string' && type.length > 0) values.$exception_types.push(type);
    if (typeof value === 'string' && value.length > 0) values.$exception_values.push(value);
  }
  return values;
}

/**
 * What posthog-js decides before sending (spec 8, 10.6), over the raw `$exception_list`, with the rules the remote
 * config gives it (`sdkSuppressionRules`).
 */
export function sdkDecision(
  rules: readonly EngineSuppressionRule[],
  properties: Record<string, Json>,
): EvaluationTrace['sdk'] {
  const safe = sdkSuppressionRules(rules).map(({ rule, filters }) => ({ id: String(rule.id), sdkRule: filters }));
  const clientSafeRuleIds = safe.map(({ id }) => id);
  if (exceptionEntries(properties).length === 0) return { suppressed: false, ruleId: null, clientSafeRuleIds };
  const values = sdkValues(properties);
  // posthog-js `_matchesSuppressionRule`: a leaf's value is a string or a list of them.
  const matched = safe.find(({ sdkRule }) => {
    const results = sdkRule.values.map((leaf) => {
      const targets = typeof leaf.value === 'string' ? [leaf.value] : leaf.value;
      return targets.length > 0 && compare(leaf.operator, targets, values[leaf.key]);
    });
    return sdkRule.type === 'OR' ? results.some(Boolean) : results.every(Boolean);
  });
  return { suppressed: matched !== undefined, ruleId: matched?.id ?? null, clientSafeRuleIds };
}
