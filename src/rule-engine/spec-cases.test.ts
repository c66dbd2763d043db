import { describe, expect, it } from 'vitest';
import { evaluate } from './index';
import { and, grouping, leaf, leafVerdict, or, rules, suppression, verdict } from './rule-builders.test-support';
import type { Json } from './types';

const types = (...values: string[]) => ({ $exception_types: values });
const uuidOf = (bucket: number) => `00000000-0000-0000-0000-${bucket.toString(16).padStart(12, '0')}`;

// Spec 10.8, one row per event: the filters, the properties, the expected verdict.
const filterCases: [string, Json, Record<string, Json>, boolean | 'error'][] = [
  [
    '1 icontains on types',
    and(leaf('$exception_types', 'icontains', 'ReferenceError')),
    types('TypeError', 'ReferenceError'),
    true,
  ],
  [
    '2 exact list, none in it',
    and(leaf('$exception_types', 'exact', ['ReferenceError', 'TypeError'])),
    types('RangeError'),
    false,
  ],
  [
    '2 exact list, one in it',
    and(leaf('$exception_types', 'exact', ['ReferenceError', 'TypeError'])),
    types('TypeError'),
    true,
  ],
  [
    '3 is_not list: ANY element outside',
    and(leaf('$exception_types', 'is_not', ['ReferenceError', 'TypeError'])),
    types('TypeError', 'ChunkLoadError'),
    true,
  ],
  [
    '4 not_regex, only element matches',
    and(leaf('$exception_types', 'not_regex', 'ValidationError')),
    types('ValidationError'),
    false,
  ],
  [
    '4 not_regex, another element does not',
    and(leaf('$exception_types', 'not_regex', 'ValidationError')),
    types('ValidationError', 'Error'),
    true,
  ],
  [
    '5 not_icontains list, contained',
    and(leaf('$exception_types', 'not_icontains', ['ReferenceError', 'TypeError'])),
    types('ReferenceError'),
    false,
  ],
  [
    '5 not_icontains list, not contained',
    and(leaf('$exception_types', 'not_icontains', ['ReferenceError', 'TypeError'])),
    types('Error'),
    true,
  ],
  [
    '6 nested exact, equal',
    and(and(leaf('$exception_type', 'exact', ['TypeError']))),
    { $exception_type: 'TypeError' },
    true,
  ],
  [
    '6 nested exact, different',
    and(and(leaf('$exception_type', 'exact', ['TypeError']))),
    { $exception_type: 'RangeError' },
    false,
  ],
  ['6 nested exact, missing', and(and(leaf('$exception_type', 'exact', ['TypeError']))), {}, false],
  [
    '7 OR with is_not, first branch',
    or(and(leaf('$exception_type', 'exact', ['TypeError'])), and(leaf('$exception_message', 'is_not', ['expected']))),
    { $exception_type: 'TypeError' },
    true,
  ],
  [
    '7 OR with is_not, second branch',
    or(and(leaf('$exception_type', 'exact', ['TypeError'])), and(leaf('$exception_message', 'is_not', ['expected']))),
    { $exception_message: 'unexpected' },
    true,
  ],
  [
    '7 OR with is_not, neither',
    or(and(leaf('$exception_type', 'exact', ['TypeError'])), and(leaf('$exception_message', 'is_not', ['expected']))),
    { $exception_type: 'RangeError', $exception_message: 'expected' },
    false,
  ],
  [
    '8 AND with icontains, both',
    and(and(leaf('$exception_type', 'exact', ['TypeError'])), and(leaf('$exception_message', 'icontains', ['null']))),
    { $exception_type: 'TypeError', $exception_message: 'Cannot read null' },
    true,
  ],
  [
    '8 AND with icontains, message differs',
    and(and(leaf('$exception_type', 'exact', ['TypeError'])), and(leaf('$exception_message', 'icontains', ['null']))),
    { $exception_type: 'TypeError', $exception_message: 'other' },
    false,
  ],
  [
    '8 AND with icontains, type missing',
    and(and(leaf('$exception_type', 'exact', ['TypeError'])), and(leaf('$exception_message', 'icontains', ['null']))),
    { $exception_message: 'Cannot read null' },
    false,
  ],
  [
    '9 OR with regex, regex branch',
    or(and(leaf('$exception_type', 'exact', ['TypeError'])), and(leaf('$exception_message', 'regex', '.*null.*'))),
    { $exception_message: 'Cannot read null' },
    true,
  ],
  [
    '9 OR with regex, neither',
    or(and(leaf('$exception_type', 'exact', ['TypeError'])), and(leaf('$exception_message', 'regex', '.*null.*'))),
    { $exception_type: 'RangeError', $exception_message: 'some error' },
    false,
  ],
  ['14 gt with a string value', and(leaf('a', 'gt', '3')), { a: 5 }, 'error'],
  ['14 gt with a number value', and(leaf('a', 'gt', 3)), { a: 5 }, true],
  ['15 regex .* on a missing property', and(leaf('$current_url', 'regex', '.*')), {}, true],
];

describe('the fifteen cases of spec 10.8', () => {
  it.each(filterCases)('%s', (_name, filters, properties, expected) => {
    const result = verdict(filters, properties);
    if (expected === 'error') expect(result).toMatch(/^error: /);
    else expect(result).toBe(expected);
  });

  it('3: the SDK, given the same rule, keeps the event (ALL semantics for is_not)', () => {
    const rule = suppression('s', or(leaf('$exception_types', 'is_not', ['ReferenceError', 'TypeError'])));
    const trace = evaluate(
      { uuid: uuidOf(1), properties: { $exception_list: [{ type: 'TypeError' }, { type: 'ChunkLoadError' }] } },
      rules({ suppression: [rule] }),
    );
    expect(trace.suppression.suppressed).toBe(true);
    expect(trace.sdk).toEqual({ suppressed: false, ruleId: null, clientSafeRuleIds: ['s'] });
  });

  it.each([
    [4999, true],
    [5000, false],
  ])('10: match-all at rate 0.5, bucket %i → suppressed %s', (bucket, suppressed) => {
    const trace = evaluate(
      { uuid: uuidOf(bucket), properties: {} },
      rules({ suppression: [suppression('s', { type: 'OR', values: [] }, { sampling_rate: 0.5 })] }),
    );
    expect(trace.suppression.suppressed).toBe(suppressed);
    expect(trace.suppression.rules[0]).toMatchObject({
      outcome: suppressed ? 'matched' : 'sampled-out',
      draw: { bucket, threshold: 5000 },
    });
  });

  it('11: rate 0.57 truncates to 5699, so bucket 5699 is kept', () => {
    const trace = evaluate(
      { uuid: uuidOf(5699), properties: {} },
      rules({ suppression: [suppression('s', { type: 'AND', values: [] }, { sampling_rate: 0.57 })] }),
    );
    expect(trace.suppression.suppressed).toBe(false);
    expect(trace.suppression.rules[0]!.draw).toEqual({ bucket: 5699, threshold: 5699 });
  });

  it('12: the lower order_key wins; a manual fingerprint beats it and keeps it as the proposal', () => {
    const matchAll = and(leaf('$exception_types', 'is_set'));
    const groupingRules = [
      grouping('second', matchAll, { order_key: 2 }),
      grouping('first', matchAll, { order_key: 1 }),
    ];
    const properties = types('TypeError');
    const byRule = evaluate({ uuid: uuidOf(1), properties }, rules({ grouping: groupingRules }));
    expect(byRule.grouping.fingerprint).toEqual({
      fingerprint: 'custom-rule:first',
      proposedFingerprint: 'custom-rule:first',
      record: [{ type: 'custom', rule_id: 'first' }],
    });
    const manual = evaluate(
      { uuid: uuidOf(1), properties: { ...properties, $exception_fingerprint: 'manual-fingerprint' } },
      rules({ grouping: groupingRules }),
    );
    expect(manual.grouping.fingerprint).toEqual({
      fingerprint: 'manual-fingerprint',
      proposedFingerprint: 'custom-rule:first',
      record: [{ type: 'manual' }],
    });
    expect(manual.grouping.source).toBe('manual');
  });

  it('13: a grouping rule that cannot run would be disabled and the automatic fingerprint is used', () => {
    const trace = evaluate(
      { uuid: uuidOf(1), properties: types('TypeError') },
      rules({ grouping: [grouping('broken', 'not a filter group')] }),
    );
    expect(trace.grouping.rules[0]!.outcome).toBe('would-be-disabled');
    expect(trace.errors).toEqual([
      { kind: 'grouping', ruleId: 'broken', message: expect.stringContaining('invalid filters') },
    ]);
    expect(trace.grouping.source).toBe('default');
    expect(trace.grouping.fingerprint.fingerprint).not.toMatch(/^custom-rule:/);
  });

  it('14: the error names both types', () => {
    expect(leafVerdict('a', 'gt', '3', { a: 5 })).toBe(
      'error: cannot compare Number > String: both sides must be numbers',
    );
  });
});
