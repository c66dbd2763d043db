import type { Assignee } from '../../../contract/assignee';
import type { FilterValue } from '../../../contract/filters';
import type { StoredFilterGroup, StoredFilterLeaf, StoredFilterNode } from '../../../contract/stored-filters';
import type { RuleKind } from '../../../contract/rules';
import { createRandom } from '../../demo/random';
import { addFingerprint, addIssue } from '../../local-api/error-tracking-fixtures.test-support';
import type { Db } from '../../store/database';
import { insertExceptionEvent } from '../../store/exception-events-repository';
import { createRule } from '../../store/rules-repository';

const dayMs = 86_400_000;

const leaf = (key: string, operator: StoredFilterLeaf['operator'], value?: FilterValue): StoredFilterLeaf => ({
  key,
  type: 'event',
  operator,
  ...(value === undefined ? {} : { value }),
});
const all = (...values: StoredFilterNode[]): StoredFilterGroup => ({ type: 'AND', values });

type RuleSpec = { name: string; order: number; filters: StoredFilterGroup; disabled?: boolean } & (
  { kind: 'grouping' } | { kind: 'suppression'; rate: number } | { kind: 'assignment'; assignee: Assignee | null }
);

export const roleId = '01900000-0000-7000-8000-0000000000ee';

/**
 * Rules that each show one thing: a rule shadowed by the one above it, one that never matches, two tied, one that
 * errors on every exception reaching it, sampling, a rule on the fingerprint grouping writes, on the issue id, on a
 * derived property, one without an assignee, a disabled one and a match-all.
 */
function ruleSpecs(issueOfInterest: string): RuleSpec[] {
  return [
    { kind: 'grouping', name: 'types', order: 0, filters: all(leaf('$exception_types', 'exact', ['TypeError'])) },
    {
      kind: 'grouping',
      name: 'undefined',
      order: 1,
      filters: all(leaf('$exception_values', 'icontains', 'undefined')),
    },
    { kind: 'grouping', name: 'android', order: 2, filters: all(leaf('$lib', 'exact', ['posthog-android'])) },
    { kind: 'grouping', name: 'build', order: 2, filters: all(leaf('$app_build', 'gt', '10')) },
    {
      kind: 'grouping',
      name: 'ranges',
      order: 3,
      filters: all(leaf('$exception_types', 'exact', ['RangeError'])),
      disabled: true,
    },
    {
      kind: 'suppression',
      name: 'chunks',
      order: 0,
      rate: 1,
      filters: all(leaf('$exception_types', 'exact', ['ChunkLoadError'])),
    },
    {
      kind: 'suppression',
      name: 'chunk text',
      order: 1,
      rate: 1,
      filters: all(leaf('$exception_values', 'icontains', 'chunk')),
    },
    { kind: 'suppression', name: 'safari', order: 2, rate: 0.5, filters: all(leaf('$browser', 'exact', ['Safari'])) },
    {
      kind: 'suppression',
      name: 'custom',
      order: 3,
      rate: 0.3,
      filters: all(leaf('$exception_fingerprint', 'icontains', 'custom-rule')),
    },
    { kind: 'suppression', name: 'everything', order: 4, rate: 0, filters: all() },
    {
      kind: 'assignment',
      name: 'type owner',
      order: 0,
      assignee: { type: 'user', id: 1 },
      filters: all(leaf('$exception_types', 'exact', ['TypeError'])),
    },
    {
      kind: 'assignment',
      name: 'nobody',
      order: 1,
      assignee: null,
      filters: all(leaf('$exception_types', 'exact', ['RangeError'])),
    },
    {
      kind: 'assignment',
      name: 'one issue',
      order: 2,
      assignee: { type: 'role', id: roleId },
      filters: all(leaf('$exception_issue_id', 'exact', [issueOfInterest])),
    },
    {
      kind: 'assignment',
      name: 'handled',
      order: 3,
      assignee: { type: 'user', id: 2 },
      filters: all(leaf('$exception_handled', 'exact', ['true'])),
    },
  ];
}

export type SeededRules = Record<string, { kind: RuleKind; id: string }>;

const types = ['TypeError', 'RangeError', 'ChunkLoadError', 'Error'] as const;
const values: Record<(typeof types)[number], string[]> = {
  TypeError: ['x is undefined', 'undefined is not a function'],
  RangeError: ['Invalid time value', 'Maximum call stack size exceeded'],
  ChunkLoadError: ['Loading chunk 7 failed', 'Loading CSS chunk 3 failed'],
  Error: ['Request failed', 'Network error'],
};

/** `count` events of environment 1 over the last 30 days (and a few older, and one of environment 2), 24 issues. */
export function seedStatsEvents(db: Db, count: number, now = Date.now()): { issues: string[] } {
  const random = createRandom('rule-stats');
  const issues = Array.from({ length: 24 }, (_, index) => {
    const type = types[index % types.length]!;
    const id = addIssue(db, { name: type });
    addFingerprint(db, id, `fp-${index}`);
    return { id, type, fingerprint: `fp-${index}` };
  });
  for (let n = 0; n < count; n++) {
    const issue = random.pick(issues);
    const value = random.pick(values[issue.type]);
    const handled = random.chance(0.3);
    const list = [{ type: issue.type, value, mechanism: { handled }, stacktrace: { type: 'raw', frames: [] } }];
    // Some as ingestion stores them (cymbal's arrays), some with the exception list only, to derive from.
    const stored = random.chance(0.7)
      ? { $exception_types: [issue.type], $exception_values: [value], $exception_handled: handled }
      : {};
    const manual = random.chance(0.05)
      ? { $exception_fingerprint: 'client-fingerprint', $exception_fingerprint_record: [{ type: 'manual' }] }
      : { $exception_fingerprint: issue.fingerprint };
    const age = n < 6 ? 31 * dayMs + n * dayMs : random.next() * 30 * dayMs;
    insertExceptionEvent(db, {
      uuid: random.uuid(),
      teamId: 1,
      issueId: issue.id,
      fingerprint: manual.$exception_fingerprint,
      timestamp: new Date(now - age).toISOString(),
      distinctId: `user-${random.int(1, 9)}`,
      sessionId: random.chance(0.2) ? '' : `session-${random.hex(6)}`,
      library: random.pick(['posthog-js', 'posthog-node']),
      properties: {
        $exception_list: list,
        ...stored,
        ...manual,
        $browser: random.pick(['Chrome', 'Safari', 'Firefox']),
        ...(random.chance(0.5) ? { $app_build: random.int(1, 40) } : {}),
      },
    });
  }
  const other = addIssue(db, { teamId: 2, name: 'TypeError' });
  insertExceptionEvent(db, {
    uuid: random.uuid(),
    teamId: 2,
    issueId: other,
    fingerprint: 'fp-other',
    timestamp: new Date(now - dayMs).toISOString(),
    distinctId: 'user-1',
    properties: { $exception_types: ['TypeError'] },
  });
  // Hand-broken properties: not a JSON object, so the event cannot be read.
  db.prepare(
    `INSERT INTO exception_events (uuid, team_id, issue_id, fingerprint, timestamp, distinct_id, properties)
     VALUES (?, 1, ?, 'fp-0', ?, 'user-1', '{not json')`,
  ).run(random.uuid(), issues[0]!.id, new Date(now - dayMs).toISOString());
  return { issues: issues.map((issue) => issue.id) };
}

export function seedStatsRules(db: Db, issueOfInterest: string): SeededRules {
  const seeded: SeededRules = {};
  for (const spec of ruleSpecs(issueOfInterest)) {
    const fields =
      spec.kind === 'suppression'
        ? { sampling_rate: spec.rate }
        : spec.kind === 'assignment'
          ? { assignee: spec.assignee }
          : {};
    const rule = createRule(db, 1, spec.kind, { filters: spec.filters, order_key: spec.order, ...fields });
    if (spec.disabled) {
      db.prepare('UPDATE rules SET disabled_data = ? WHERE id = ?').run(JSON.stringify({ message: 'off' }), rule.id);
    }
    seeded[spec.name] = { kind: spec.kind, id: rule.id };
  }
  return seeded;
}
