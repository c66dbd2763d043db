import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rulePredicate } from './rule-predicate';
import { compileRule } from './compile-rule';
import type { EngineRuleKind, Json } from './types';

const keys = ['$exception_types', '$exception_values', '$lib', 'n', '$exception_handled'];
const operators = ['exact', 'is_not', 'icontains', 'not_icontains', 'regex', 'not_regex', 'gt', 'is_set', 'bogus'];
const json: fc.Arbitrary<Json> = fc.jsonValue().map((value): Json => JSON.parse(JSON.stringify(value)));
const leaf = fc.record(
  {
    key: fc.constantFrom(...keys),
    type: fc.constantFrom('event', 'event', 'person'),
    operator: fc.constantFrom(...operators),
    value: fc.oneof(json, fc.constantFrom('(unclosed', '.*', 'Type', ['TypeError', 'Error'], [])),
  },
  { requiredKeys: ['key'] },
);
const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
  tree: fc.record({ type: fc.constantFrom('AND', 'OR', 'XOR'), values: fc.array(tie('node'), { maxLength: 4 }) }),
  node: fc.oneof({ depthSize: 'small' }, leaf, tie('tree'), json),
}));
const properties = fc.record(
  {
    $exception_types: fc.oneof(fc.subarray(['TypeError', 'Error']), json),
    $exception_values: fc.subarray(['Cannot read x', 'Type mismatch']),
    $lib: fc.constantFrom('web', 'posthog-node'),
    n: fc.oneof(fc.integer(), fc.string()),
    $exception_handled: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('compileRule', () => {
  it('gives rulePredicate’s verdict and error, for any filters and properties', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<EngineRuleKind>('grouping', 'suppression', 'assignment'),
        fc.oneof(tree, json),
        fc.array(properties, { minLength: 1, maxLength: 4 }),
        (kind, filters, events) => {
          const match = compileRule(kind, filters);
          for (const event of events) {
            const traced = rulePredicate(kind, filters, event);
            expect(match(event)).toEqual('error' in traced ? { error: traced.error } : traced.matched);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
