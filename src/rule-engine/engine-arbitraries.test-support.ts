import fc from 'fast-check';
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
export const json: fc.Arbitrary<Json> = fc.jsonValue().map((value): Json => JSON.parse(JSON.stringify(value)));

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
export const filters = fc.oneof(tree, json);
const ruleFields = {
  id: fc.uuid(),
  order_key: fc.integer({ min: -3, max: 3 }),
  filters,
  disabled_data: fc.oneof(fc.constant(null), fc.constant({ message: 'off' })),
};
const assignee = fc.oneof(fc.constant(null), fc.record({ type: fc.constant('user' as const), id: fc.nat() }));
export const rulesArbitrary: fc.Arbitrary<EngineRules> = fc.record({
  grouping: fc.array(fc.record(ruleFields), { maxLength: 5 }),
  suppression: fc.array(fc.record({ ...ruleFields, sampling_rate: fc.double() }), { maxLength: 5 }),
  assignment: fc.array(fc.record({ ...ruleFields, assignee }), { maxLength: 5 }),
});
export const properties = fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), json);
export const event = fc.record({ uuid: fc.oneof(fc.uuid(), fc.string()), properties });
export const issue = fc.record({ isNew: fc.boolean(), reopened: fc.boolean() });

// Lifelike inputs: few keys and values, so that filters match often and every stage has winners and losers.
const lifelikeKeys = [
  '$exception_types',
  '$exception_values',
  '$lib',
  'n',
  '$exception_handled',
  '$exception_issue_id',
];
const lifelikeValues: Json[] = ['TypeError', 'RangeError', 'web', 'ios', 1, 5, true, 'true', 'Type'];
const lifelikeLeaf = fc.record({
  key: fc.constantFrom(...lifelikeKeys),
  type: fc.constant('event'),
  operator: fc.constantFrom('exact', 'is_not', 'icontains', 'not_icontains', 'regex', 'gt', 'is_set', 'is_not_set'),
  value: fc.oneof(fc.constantFrom(...lifelikeValues), fc.array(fc.constantFrom(...lifelikeValues), { maxLength: 3 })),
});
const { lifelikeTree } = fc.letrec<{ lifelikeTree: unknown }>((tie) => ({
  lifelikeTree: fc.record({
    type: fc.constantFrom('AND', 'OR'),
    values: fc.array(fc.oneof({ depthSize: 'small' }, lifelikeLeaf, tie('lifelikeTree')), { maxLength: 3 }),
  }),
}));
const lifelikeFields = {
  id: fc.uuid(),
  order_key: fc.integer({ min: 0, max: 3 }),
  filters: lifelikeTree,
  disabled_data: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, fc.constant({ message: 'off' })),
};
export const lifelikeRules: fc.Arbitrary<EngineRules> = fc.record({
  grouping: fc.array(fc.record(lifelikeFields), { maxLength: 5 }),
  suppression: fc.array(
    fc.record({
      ...lifelikeFields,
      sampling_rate: fc.oneof(fc.constantFrom(1, 0, 0.5), fc.double({ min: 0, max: 1, noNaN: true })),
    }),
    { maxLength: 5 },
  ),
  assignment: fc.array(fc.record({ ...lifelikeFields, assignee }), { maxLength: 5 }),
});
export const lifelikeEvent = fc.record({
  uuid: fc.oneof({ weight: 9, arbitrary: fc.uuid() }, fc.constant('not-a-uuid')),
  properties: fc.record(
    {
      $exception_types: fc.array(fc.constantFrom('TypeError', 'RangeError'), { maxLength: 2 }),
      $exception_values: fc.array(fc.constantFrom('Type is wrong', 'out of range'), { maxLength: 2 }),
      $lib: fc.constantFrom('web', 'ios'),
      n: fc.integer({ min: 0, max: 9 }),
      $exception_handled: fc.boolean(),
      $exception_list: fc.array(fc.record({ type: fc.constantFrom('TypeError', 'Error'), value: fc.string() }), {
        maxLength: 2,
      }),
      $exception_fingerprint: fc.constantFrom('manual-fingerprint', 'x'.repeat(80)),
    },
    { requiredKeys: [] },
  ),
});
export const lifelikeIssue = fc.record(
  {
    isNew: fc.boolean(),
    reopened: fc.boolean(),
    issue: fc.record({
      id: fc.uuid(),
      status: fc.constantFrom('active', 'resolved'),
      name: fc.constant(null),
      description: fc.constant(null),
    }),
    existingAssignee: assignee,
  },
  { requiredKeys: ['isNew', 'reopened'] },
);
