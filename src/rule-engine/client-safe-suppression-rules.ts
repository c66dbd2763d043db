import { isRecord } from './json-guard';
import { orderRules } from './stage-order';
import type { EngineSuppressionRule, SdkSuppressionRule } from './types';

type SdkLeaf = SdkSuppressionRule['values'][number];

const isSdkKey = (key: unknown): key is SdkLeaf['key'] => key === '$exception_types' || key === '$exception_values';
const isSdkOperator = (operator: unknown): operator is SdkLeaf['operator'] =>
  operator === 'exact' || operator === 'is_not' || operator === 'icontains' || operator === 'not_icontains';
const isTarget = (value: unknown): value is SdkLeaf['value'] =>
  typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));

/**
 * Django's `get_client_safe_filters` (logic/rules.py): a flat, non-empty AND/OR group whose every leaf has a string
 * `type`, a key the SDK computes, one of four operators and a string or list-of-strings value.
 */
function isClientSafe(filters: unknown): filters is SdkSuppressionRule {
  if (!isRecord(filters) || (filters.type !== 'AND' && filters.type !== 'OR')) return false;
  const { values } = filters;
  if (!Array.isArray(values) || values.length === 0) return false;
  return values.every(
    (leaf) =>
      isRecord(leaf) &&
      !('values' in leaf) &&
      typeof leaf.type === 'string' &&
      isSdkKey(leaf.key) &&
      isSdkOperator(leaf.operator) &&
      isTarget(leaf.value),
  );
}

/** The suppression rules PostHog sends the SDK, in the order they run, each with its filters as the SDK reads them. */
export function sdkSuppressionRules<R extends EngineSuppressionRule>(
  rules: readonly R[],
): Array<{ rule: R; filters: SdkSuppressionRule }> {
  return orderRules(rules).flatMap(({ rule }) =>
    (rule.sampling_rate ?? 1) === 1 && isClientSafe(rule.filters) ? [{ rule, filters: rule.filters }] : [],
  );
}

/**
 * What PostHog puts in the remote config as `errorTracking.suppressionRules` (`get_client_safe_suppression_rules`):
 * the filters of every full-rate, client-safe suppression rule, as stored. Django's query does not look at
 * `disabled_data`, so a disabled rule is sent too.
 */
export function clientSafeSuppressionRules(rules: readonly EngineSuppressionRule[]): SdkSuppressionRule[] {
  return sdkSuppressionRules(rules).map(({ filters }) => filters);
}
