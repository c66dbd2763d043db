import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './index';
import { orderRules } from './stage-order';
import type { EngineRules, Json } from './types';

const keys = [
  '$exception_types',
  '$exception_values',
  '$exception_sources',
  '$exception_functions',
  '$lib',
  'n',
  'constructor',
  '__proto__',
];
const operators = [
  'exact',
  'is_not',
  'in',
  'not_in',
  'icontains',
  'not_icontains',
  'regex',
  'not_regex',
  'gt',
  'lt',
  'between',
  'not_between',
  'is_set',
  'is_not_set',
  'semver_eq',
  'semver_gt',
  'is_date_after',
  'bogus',
];
// Through JSON text, as events and filters arrive.
const json: fc.Arbitrary<Json> = fc.jsonValue().map((value): Json => JSON.parse(JSON.stringify(value)));

const leafArbitrary = fc.record(
  {
    key: fc.oneof(fc.constantFrom(...keys), fc.string(), fc.integer()),
    type: fc.oneof(fc.constant('event'), fc.constantFrom('person', 'group'), json),
    operator: fc.oneof(fc.constantFrom(...operators), json),
    value: fc.oneof(json, fc.constantFrom('(unclosed', '.*', '%_\\', '(?i)type', '(?=x)')),
  },
  { requiredKeys: ['key'] },
);
const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
  tree: fc.record({
    type: fc.oneof(fc.constantFrom('AND', 'OR'), json),
    values: fc.array(tie('node'), { maxLength: 4 }),
  }),
  node: fc.oneof({ depthSize: 'small' }, leafArbitrary, tie('tree'), json),
}));
const filters = fc.oneof(tree, json);
const ruleFields = {
  id: fc.uuid(),
  order_key: fc.integer({ min: -3, max: 3 }),
  filters,
  disabled_data: fc.oneof(fc.constant(null), fc.constant({ message: 'off' })),
};
const assignee = fc.oneof(fc.constant(null), fc.record({ type: fc.constant('user' as const), id: fc.nat() }));
const rulesArbitrary: fc.Arbitrary<EngineRules> = fc.record({
  grouping: fc.array(fc.record(ruleFields), { maxLength: 5 }),
  suppression: fc.array(fc.record({ ...ruleFields, sampling_rate: fc.double() }), { maxLength: 5 }),
  assignment: fc.array(fc.record({ ...ruleFields, assignee }), { maxLength: 5 }),
});
const properties = fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), json);
const event = fc.record({ uuid: fc.oneof(fc.uuid(), fc.string()), properties });
const issue = fc.record({ isNew: fc.boolean(), reopened: fc.boolean() });

describe('properties that hold for any input', () => {
  it('never throws, whatever the event and the rules', () => {
    fc.assert(
      fc.property(event, rulesArbitrary, issue, (anEvent, someRules, anIssue) => {
        const trace = evaluate(anEvent, someRules, { resolveIssue: () => anIssue });
        expect(typeof trace.grouping.fingerprint.fingerprint).toBe('string');
        for (const error of trace.errors) expect(error.message.startsWith('internal error')).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws for arbitrary JSON as properties or filters', () => {
    fc.assert(
      fc.property(json, json, (someProperties, someFilters) => {
        const rule = { id: 'r', order_key: 0, filters: someFilters, disabled_data: null };
        const asProperties =
          someProperties !== null && typeof someProperties === 'object' && !Array.isArray(someProperties)
            ? someProperties
            : { x: someProperties };
        evaluate(
          { uuid: 'u', properties: asProperties },
          { grouping: [rule], suppression: [rule], assignment: [{ ...rule, assignee: null }] },
          {
            resolveIssue: () => ({ isNew: true, reopened: false }),
          },
        );
      }),
      { numRuns: 300 },
    );
  });

  it("a stage's winner does not depend on the rules after it", () => {
    const kinds = ['grouping', 'suppression', 'assignment'] as const;
    fc.assert(
      fc.property(event, rulesArbitrary, rulesArbitrary, fc.constantFrom(...kinds), (anEvent, first, more, kind) => {
        const options = { resolveIssue: () => ({ isNew: true, reopened: false }) };
        const last = Math.max(0, ...first[kind].map((rule) => rule.order_key));
        const later = more[kind].map((rule, index) => ({ ...rule, id: `later-${index}`, order_key: last + 1 }));
        const extended: EngineRules = { ...first, [kind]: [...first[kind], ...later] };
        const before = evaluate(anEvent, first, options);
        const after = evaluate(anEvent, extended, options);
        const winner = (trace: typeof before) =>
          kind === 'assignment' ? trace.assignment?.winner : trace[kind].winner;
        if (winner(before)) expect(winner(after)).toBe(winner(before));
        if (kind !== 'grouping' || before.grouping.winner) {
          expect(after.grouping.fingerprint).toEqual(before.grouping.fingerprint);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sorting is stable: equal order_keys keep their list order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 }), (orderKeys) => {
        const list = orderKeys.map((order_key, index) => ({
          id: String(index),
          order_key,
          filters: null,
          disabled_data: null,
        }));
        const ids = orderRules(list).map(({ rule }) => rule);
        for (let i = 1; i < ids.length; i++) {
          const [a, b] = [ids[i - 1]!, ids[i]!];
          expect(a.order_key < b.order_key || (a.order_key === b.order_key && Number(a.id) < Number(b.id))).toBe(true);
        }
      }),
    );
  });
});
