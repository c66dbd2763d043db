import fc from 'fast-check';
import type { ExceptionEvent } from '../../../contract/recent-exceptions';
import type { EngineAssignee, EngineRules, Json } from '../../../rule-engine/types';
import type { CandidateRule } from './rule-lists';

const leaf = (key: string, operator: string, value: Json) => ({ key, type: 'event', operator, value });

/** Filters people write, and a few cymbal cannot run (an invalid regex, an ordering on a string): those error. */
const leaves = fc.constantFrom(
  leaf('$exception_types', 'exact', ['TypeError']),
  leaf('$exception_types', 'exact', ['TypeError', 'RangeError']),
  leaf('$exception_types', 'is_not', ['TypeError']),
  leaf('$exception_values', 'icontains', 'undefined'),
  leaf('$exception_values', 'regex', '^Cannot'),
  leaf('$exception_values', 'not_regex', 'time'),
  leaf('$lib', 'exact', ['posthog-js']),
  leaf('$lib', 'is_not', 'posthog-node'),
  leaf('$exception_fingerprint', 'is_set', null),
  leaf('$exception_fingerprint', 'icontains', 'custom-rule'),
  leaf('$exception_values', 'regex', '(unclosed'),
  leaf('$browser', 'gt', '3'),
);
export const filtersArbitrary = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ type: 'AND', values: [] }) },
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constantFrom('AND', 'OR'),
      values: fc.array(leaves, { minLength: 1, maxLength: 3 }),
    }),
  },
);

const assignees = fc.constantFrom<EngineAssignee | null>(
  null,
  { type: 'user', id: 1 },
  { type: 'user', id: 2 },
  { type: 'role', id: 'role-backend' },
);

export const candidateArbitrary = (id: string): fc.Arbitrary<CandidateRule> =>
  fc.record({
    id: fc.constant(id),
    order_key: fc.constant(0),
    filters: filtersArbitrary,
    disabled_data: fc.constant(null),
    sampling_rate: fc.constantFrom(1, 0, 0.5, 0.2537),
    assignee: assignees,
  });

const ruleArbitrary = (id: string): fc.Arbitrary<CandidateRule> =>
  fc.record({
    id: fc.constant(id),
    // Few keys, so that ties (kept in list order) come up.
    order_key: fc.integer({ min: 0, max: 3 }),
    filters: filtersArbitrary,
    disabled_data: fc.constantFrom<Json | null>(null, null, null, { message: 'off' }),
    sampling_rate: fc.constantFrom(1, 0, 0.5, 0.2537),
    assignee: assignees,
  });

const listArbitrary = (prefix: string) =>
  fc
    .integer({ min: 0, max: 5 })
    .chain((length) => fc.tuple(...Array.from({ length }, (_, n) => ruleArbitrary(`${prefix}-${n}`))));

export const rulesArbitrary: fc.Arbitrary<EngineRules> = fc.record({
  grouping: listArbitrary('g'),
  suppression: listArbitrary('s'),
  assignment: listArbitrary('a'),
});

const issueIds = [
  '01900000-0000-7000-8000-0000000000a1',
  '01900000-0000-7000-8000-0000000000a2',
  '01900000-0000-7000-8000-0000000000a3',
];

const propertiesArbitrary: fc.Arbitrary<Record<string, Json>> = fc
  .record(
    {
      $exception_types: fc.subarray(['TypeError', 'RangeError', 'Error']),
      $exception_values: fc.subarray(['Cannot read x of undefined', 'Invalid time value', '']),
      $lib: fc.constantFrom('posthog-js', 'posthog-node'),
      $browser: fc.constantFrom('Firefox', 4),
      // What cymbal stored: taken off before the rules run again, unless the record says the client sent it.
      $exception_fingerprint: fc.constantFrom('fp-1', 'custom-rule:g-0'),
      $exception_fingerprint_record: fc.constantFrom<Json>([{ type: 'manual' }], [{ type: 'custom' }]),
      $exception_issue_id: fc.constantFrom(...issueIds),
    },
    { requiredKeys: ['$exception_types'] },
  )
  .map((properties) => Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined)));

const minute = 60_000;
export const eventsArbitrary: fc.Arbitrary<ExceptionEvent[]> = fc.array(
  fc.record({
    uuid: fc.uuid(),
    // Few distinct times: equal ones come up.
    timestamp: fc.integer({ min: 0, max: 5 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * minute).toISOString()),
    issue_id: fc.constantFrom<string | null>(...issueIds, null),
    fingerprint: fc.constantFrom<string | null>('fp-1', 'fp-2', null),
    properties: propertiesArbitrary,
  }),
  { maxLength: 24 },
);
