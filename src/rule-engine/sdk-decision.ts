import { exceptionEntries } from './exception-list';
import { isRecord } from './json-guard';
import { orderRules } from './stage-order';
import type { EngineSuppressionRule, EvaluationTrace, Json } from './types';

type SdkKey = '$exception_types' | '$exception_values';
type SdkLeaf = { key: SdkKey; operator: 'exact' | 'is_not' | 'icontains' | 'not_icontains'; targets: string[] };
type SdkRule = { type: 'AND' | 'OR'; leaves: SdkLeaf[] };

const isSdkKey = (key: unknown): key is SdkKey => key === '$exception_types' || key === '$exception_values';
const isSdkOperator = (operator: unknown): operator is SdkLeaf['operator'] =>
  operator === 'exact' || operator === 'is_not' || operator === 'icontains' || operator === 'not_icontains';

/**
 * Django's `get_client_safe_filters` (logic/rules.py): a flat, non-empty AND/OR group whose every leaf has a string
 * `type`, a key the SDK computes, one of four operators and a string or list-of-strings value. Null otherwise.
 */
function clientSafe(filters: unknown): SdkRule | null {
  if (!isRecord(filters) || (filters.type !== 'AND' && filters.type !== 'OR')) return null;
  const { values } = filters;
  if (!Array.isArray(values) || values.length === 0) return null;
  const leaves: SdkLeaf[] = [];
  for (const leaf of values) {
    if (!isRecord(leaf) || 'values' in leaf || typeof leaf.type !== 'string') return null;
    const { key, operator, value } = leaf;
    if (!isSdkKey(key) || !isSdkOperator(operator)) return null;
    const targets = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(targets) || !targets.every((target) => typeof target === 'string')) return null;
    leaves.push({ key, operator, targets });
  }
  return { type: filters.type, leaves };
}

const lower = (values: string[]) => values.map((value) => value.toLowerCase());

/** posthog-js `propertyComparisons`: negatives need every value to differ (the server needs only one). */
function compare(operator: SdkLeaf['operator'], targets: string[], values: string[]): boolean {
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
 * What posthog-js decides before sending (spec 8, 10.6), over the raw `$exception_list`: only full-rate, client-safe
 * suppression rules reach the SDK. Django's query does not look at `disabled_data`, so a disabled rule is sent too.
 */
export function sdkDecision(
  rules: readonly EngineSuppressionRule[],
  properties: Record<string, Json>,
): EvaluationTrace['sdk'] {
  const safe = orderRules(rules).flatMap(({ rule }) => {
    const sdkRule = (rule.sampling_rate ?? 1) === 1 ? clientSafe(rule.filters) : null;
    return sdkRule ? [{ id: String(rule.id), sdkRule }] : [];
  });
  const clientSafeRuleIds = safe.map(({ id }) => id);
  if (exceptionEntries(properties).length === 0) return { suppressed: false, ruleId: null, clientSafeRuleIds };
  const values = sdkValues(properties);
  const matched = safe.find(({ sdkRule }) => {
    const results = sdkRule.leaves.map(
      (leaf) => leaf.targets.length > 0 && compare(leaf.operator, leaf.targets, values[leaf.key]),
    );
    return sdkRule.type === 'OR' ? results.some(Boolean) : results.every(Boolean);
  });
  return { suppressed: matched !== undefined, ruleId: matched?.id ?? null, clientSafeRuleIds };
}
