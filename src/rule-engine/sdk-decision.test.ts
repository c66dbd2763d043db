import { describe, expect, it } from 'vitest';
import { sdkDecision } from './sdk-decision';
import { and, leaf, or, suppression } from './rule-builders.test-support';
import type { Json } from './types';

const list = (...exceptions: [string, string][]): Record<string, Json> => ({
  $exception_list: exceptions.map(([type, value]) => ({ type, value })),
});

describe('the SDK decision', () => {
  it('sends only flat, full-rate rules on types/values with the four operators and string values', () => {
    const rules = [
      suppression('ok', or(leaf('$exception_types', 'exact', 'TypeError'))),
      suppression('list', and(leaf('$exception_values', 'icontains', ['a', 'b']))),
      suppression('sampled', or(leaf('$exception_types', 'exact', 'TypeError')), { sampling_rate: 0.5 }),
      suppression('nested', or(or(leaf('$exception_types', 'exact', 'TypeError')))),
      suppression('sources', or(leaf('$exception_sources', 'exact', 'a.js'))),
      suppression('regex', or(leaf('$exception_types', 'regex', 'Type'))),
      suppression('number', or(leaf('$exception_types', 'exact', 5))),
      suppression('empty', or()),
      suppression('no-operator', { type: 'OR', values: [{ key: '$exception_types', type: 'event', value: 'x' }] }),
      suppression('disabled', or(leaf('$exception_types', 'exact', 'X')), { disabled_data: { message: 'old' } }),
    ];
    expect(sdkDecision(rules, list(['TypeError', 'm'])).clientSafeRuleIds).toEqual(['ok', 'list', 'disabled']);
  });

  it('uses ALL semantics for negatives and vacuous truth on an empty list of values', () => {
    const isNot = [suppression('s', or(leaf('$exception_types', 'is_not', ['ReferenceError', 'TypeError'])))];
    expect(sdkDecision(isNot, list(['TypeError', ''], ['ChunkLoadError', '']))).toMatchObject({ suppressed: false });
    expect(sdkDecision(isNot, list(['ChunkLoadError', '']))).toMatchObject({ suppressed: true, ruleId: 's' });
    const notContains = [suppression('s', and(leaf('$exception_values', 'not_icontains', 'NULL')))];
    expect(sdkDecision(notContains, list(['E', 'read null'], ['E', 'other'])).suppressed).toBe(false);
    expect(sdkDecision(notContains, list(['E', '']))).toMatchObject({ suppressed: true });
  });

  it('matches icontains as a literal, lower-cased substring over the raw list', () => {
    const rules = [suppression('s', or(leaf('$exception_values', 'icontains', 'A_C')))];
    expect(sdkDecision(rules, list(['E', 'xa_cx'])).suppressed).toBe(true);
    expect(sdkDecision(rules, list(['E', 'abc'])).suppressed).toBe(false);
  });

  it('joins leaves by the group type, and an empty value list makes a leaf false', () => {
    const both = and(leaf('$exception_types', 'exact', 'TypeError'), leaf('$exception_values', 'icontains', 'null'));
    expect(sdkDecision([suppression('s', both)], list(['TypeError', 'Cannot read null'])).suppressed).toBe(true);
    expect(sdkDecision([suppression('s', both)], list(['TypeError', 'other'])).suppressed).toBe(false);
    const empty = or(leaf('$exception_types', 'is_not', []));
    expect(sdkDecision([suppression('s', empty)], list(['TypeError', '']))).toMatchObject({
      suppressed: false,
      clientSafeRuleIds: ['s'],
    });
  });

  it('keeps events without an exception list', () => {
    const rules = [suppression('s', or(leaf('$exception_types', 'is_not', 'X')))];
    expect(sdkDecision(rules, { $exception_types: ['TypeError'] }).suppressed).toBe(false);
  });
});
