import { describe, expect, it } from 'vitest';
import { clientSafeSuppressionRules } from './client-safe-suppression-rules';
import { and, leaf, or, suppression } from './rule-builders.test-support';

describe('the suppression rules PostHog sends posthog-js', () => {
  it('are the filters of the full-rate, client-safe rules, as stored, in the order the rules run', () => {
    const labelled = {
      type: 'OR',
      values: [{ key: '$exception_values', type: 'event', operator: 'icontains', value: 'quota', label: 'Message' }],
    };
    const types = and(leaf('$exception_types', 'exact', ['TypeError', 'RangeError']));
    const rules = [
      suppression('second', labelled, { order_key: 2 }),
      suppression('sampled', or(leaf('$exception_types', 'exact', 'X')), { order_key: 0, sampling_rate: 0.99 }),
      suppression('first', types, { order_key: 1 }),
      suppression('sources', or(leaf('$exception_sources', 'icontains', 'vendor')), { order_key: 0 }),
      suppression('nested', or(and(leaf('$exception_types', 'exact', 'X'))), { order_key: 0 }),
      suppression('regex', or(leaf('$exception_values', 'regex', '^x')), { order_key: 0 }),
      suppression('disabled', or(leaf('$exception_types', 'is_not', 'Y')), {
        order_key: 3,
        disabled_data: { message: 'failed once' },
      }),
    ];
    const sent = clientSafeSuppressionRules(rules);
    expect(sent).toEqual([types, labelled, or(leaf('$exception_types', 'is_not', 'Y'))]);
    // As Django sends them: the stored object, keys the SDK ignores included.
    expect(sent[1]).toBe(labelled);
  });

  it('are none when no rule is client-safe, or there are no rules', () => {
    expect(clientSafeSuppressionRules([suppression('s', or(leaf('$app_version', 'regex', '^3')))])).toEqual([]);
    expect(clientSafeSuppressionRules([])).toEqual([]);
  });
});
