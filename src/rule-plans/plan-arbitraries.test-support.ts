import fc from 'fast-check';
import type { Assignee } from '../contract/assignee';
import { sortRules } from '../contract/rule-evaluation-order';
import type { RuleSnapshot } from '../contract/rule-history';
import type { AssignmentRule, GroupingRule, RuleKind, RuleOf, SuppressionRule } from '../contract/rules';
import type { StoredFilterGroup } from '../contract/stored-filters';
import { fieldsOf, type RuleFieldsOf, type RuleSpecOf, type RuleTarget } from './rule-spec';

// Few distinct values, so that equal rules, matches by content and ties are common.
const leaf = (key: string, value: string) => ({ key, type: 'event', operator: 'exact' as const, value });
const filterPool: StoredFilterGroup[] = [
  { type: 'AND', values: [] },
  { type: 'AND', values: [leaf('$exception_types', 'TypeError')] },
  { type: 'OR', values: [leaf('$lib', 'web'), leaf('$lib', 'ios')] },
  { type: 'AND', values: [{ type: 'OR', values: [leaf('n', '1')] }] },
];
// The same filters with their keys in another order: PostHog need not answer them as they were sent.
const reordered = (group: StoredFilterGroup): StoredFilterGroup => ({
  values: group.values.map((node) => Object.fromEntries(Object.entries(node).reverse())),
  type: group.type,
});
const filters = fc.oneof(fc.constantFrom(...filterPool), fc.constantFrom(...filterPool).map(reordered));
const roleIds = ['0b7c5c1e-1111-4111-8111-000000000001', '0b7c5c1e-1111-4111-8111-000000000002'];
const assignee: fc.Arbitrary<Assignee | null> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 1, max: 3 }).map((id): Assignee => ({ type: 'user', id })),
  fc.constantFrom(...roleIds).map((id): Assignee => ({ type: 'role', id })),
);
const description = fc.constantFrom(null, 'Checkout', 'Payments');
const samplingRate = fc.constantFrom(1, 0.5, 0);

const fieldArbitraries: { [K in RuleKind]: fc.Arbitrary<RuleFieldsOf<K>> } = {
  assignment: fc.record({ filters, assignee }),
  grouping: fc.record({ filters, assignee, description }),
  suppression: fc.record({ filters, sampling_rate: samplingRate }),
};

const stored = {
  id: fc.uuid(),
  order_key: fc.integer({ min: -1, max: 3 }),
  disabled_data: fc.constantFrom(null, { message: 'off' }),
  created_at: fc.integer({ min: 0, max: 50 }).map((minute) => new Date(Date.UTC(2025, 0, 1, 0, minute)).toISOString()),
  updated_at: fc.constant(null),
};
const withUniqueIds = <T extends { id: string }>(rule: fc.Arbitrary<T>) =>
  fc.uniqueArray(rule, { maxLength: 6, selector: (item) => item.id });

/** A state PostHog could hold: each list in evaluation order, ties and disabled rules included. */
export const snapshotArbitrary: fc.Arbitrary<RuleSnapshot> = fc
  .record({
    assignment: withUniqueIds(fc.record({ ...stored, filters, assignee }).map((rule): AssignmentRule => rule)),
    grouping: withUniqueIds(
      fc.record({ ...stored, filters, assignee, description }).map((rule): GroupingRule => ({ ...rule, issue: null })),
    ),
    suppression: withUniqueIds(
      fc.record({ ...stored, filters, sampling_rate: samplingRate }).map((rule): SuppressionRule => rule),
    ),
  })
  .map((lists) => ({
    assignment: sortRules(lists.assignment),
    grouping: sortRules(lists.grouping),
    suppression: sortRules(lists.suppression),
  }));

function wantedOf<K extends RuleKind>(kind: K, current: readonly RuleOf<K>[]): fc.Arbitrary<RuleSpecOf<K>[]> {
  const fresh = fc
    .record({ id: fc.uuid(), fields: fieldArbitraries[kind] }, { requiredKeys: ['fields'] })
    .map(({ id, fields }): RuleSpecOf<K> => (id === undefined ? fields : { ...fields, id }));
  const existing =
    current.length === 0
      ? fresh
      : fc
          .record({
            index: fc.nat(current.length - 1),
            keepId: fc.boolean(),
            replacement: fc.option(fieldArbitraries[kind], { freq: 2 }),
          })
          .map(({ index, keepId, replacement }): RuleSpecOf<K> => {
            const rule = current[index]!;
            const fields = replacement ?? fieldsOf(kind, rule);
            return keepId ? { ...fields, id: rule.id } : fields;
          });
  return fc.array(fc.oneof({ weight: 3, arbitrary: existing }, { weight: 1, arbitrary: fresh }), { maxLength: 7 });
}

/** A target near a state: some of its rules (kept, edited, moved, without id, twice), new ones, kinds left out. */
export const targetFor = (current: RuleSnapshot): fc.Arbitrary<RuleTarget> =>
  fc.record(
    {
      assignment: wantedOf('assignment', current.assignment),
      grouping: wantedOf('grouping', current.grouping),
      suppression: wantedOf('suppression', current.suppression),
    },
    { requiredKeys: [] },
  );
