import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EngineRules } from '../../rule-engine/types';
import { createApp } from '../app';
import { addFingerprint, addIssue } from '../local-api/error-tracking-fixtures.test-support';
import { addRule } from '../robustness/fixture.test-support';
import { openDatabase, type Db } from '../store/database';
import { insertUser } from '../store/members-repository';
import { seedProjects } from '../test-support';
import { defaultRetention, type Retention } from './event-retention';
import { testRuleEngine, type EngineDecision } from './test-rule-engine.test-support';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** The app in process over a fresh database, with the stand-in engine deciding what `decide` says. */
function setup(
  decide: (properties: Record<string, unknown>, rules: EngineRules) => EngineDecision = () => ({}),
  retention: Retention = defaultRetention,
) {
  const db: Db = openDatabase(':memory:');
  seedProjects(db);
  const seen: EngineRules[] = [];
  const ruleEngine = testRuleEngine((event, rules) => {
    seen.push(structuredClone(rules));
    return decide(event.properties, rules);
  });
  const app = createApp({
    db,
    dashboardToken: null,
    distDir: '/nonexistent-dist',
    ingestion: { ruleEngine, retention },
  });
  const token = db.prepare('SELECT api_token FROM projects WHERE id = 1').pluck().get() as string;
  const capture = async (events: object[]) => {
    const response = await app.request('/batch/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ api_key: token, batch: events }),
    });
    expect(response.status).toBe(200);
  };
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as any[];
  return { db, app, capture, all, seen };
}

const exception = (type: string, value: string, timestamp = minutesAgo(1), extra: Record<string, unknown> = {}) => ({
  event: '$exception',
  distinct_id: 'user-1',
  uuid: randomUUID(),
  timestamp,
  properties: { $exception_list: [{ type, value }], ...extra },
});

describe('linking an exception to its issue', () => {
  it('creates an active issue named after the first exception, first seen at the event, its fingerprint with it', async () => {
    const { capture, all } = setup(() => ({ fingerprint: 'fp-1' }));
    const at = minutesAgo(10);
    await capture([exception('ChunkLoadError', 'Loading chunk 7 failed', at)]);
    const [issue] = all('SELECT * FROM issues');
    expect(issue).toMatchObject({ status: 'active', name: 'ChunkLoadError', description: 'Loading chunk 7 failed' });
    expect(issue.first_seen).toBe(at);
    expect(all('SELECT fingerprint, issue_id, first_seen FROM fingerprints')).toEqual([
      { fingerprint: 'fp-1', issue_id: issue.id, first_seen: at },
    ]);
  });

  it('links later events of the fingerprint to that issue, an earlier one moving first_seen back', async () => {
    const { capture, all } = setup(() => ({ fingerprint: 'fp-1' }));
    await capture([exception('E', 'first', minutesAgo(5))]);
    const earlier = minutesAgo(50);
    await capture([exception('E', 'other message, same fingerprint', minutesAgo(1)), exception('E', 'x', earlier)]);
    expect(all('SELECT name, description FROM issues')).toEqual([{ name: 'E', description: 'first' }]);
    expect(all('SELECT first_seen FROM fingerprints')).toEqual([{ first_seen: earlier }]);
    expect(all('SELECT COUNT(DISTINCT issue_id) AS n, COUNT(*) AS events FROM exception_events')).toEqual([
      { n: 1, events: 3 },
    ]);
  });

  it('reopens a resolved issue, and drops the events of a suppressed one', async () => {
    const { db, capture, all } = setup((properties) => ({
      fingerprint: String((properties.$exception_list as Array<{ value: string }>)[0]!.value),
    }));
    const resolved = addIssue(db, { status: 'resolved', name: 'Old' });
    addFingerprint(db, resolved, 'resolved-fp');
    const suppressed = addIssue(db, { status: 'suppressed', name: 'Noise' });
    addFingerprint(db, suppressed, 'suppressed-fp');
    await capture([exception('E', 'resolved-fp'), exception('E', 'resolved-fp'), exception('E', 'suppressed-fp')]);
    expect(all('SELECT status FROM issues WHERE id = ?', resolved)).toEqual([{ status: 'active' }]);
    expect(all('SELECT status FROM issues WHERE id = ?', suppressed)).toEqual([{ status: 'suppressed' }]);
    const traces = all('SELECT trace FROM exception_events ORDER BY rowid').map((row) => JSON.parse(row.trace).issue);
    expect(traces).toEqual([
      { id: resolved, created: false, reopened: true, assigned: false },
      { id: resolved, created: false, reopened: false, assigned: false },
    ]);
    expect(all("SELECT counter, value FROM ingestion_counters WHERE counter != 'ingested'")).toEqual([
      { counter: 'issue_suppressed', value: 1 },
    ]);
  });

  it('gives a fingerprint whose issue is gone a new issue', async () => {
    const { db, capture, all } = setup(() => ({ fingerprint: 'orphan' }));
    db.pragma('foreign_keys = OFF');
    addFingerprint(db, 'no-such-issue', 'orphan');
    db.pragma('foreign_keys = ON');
    await capture([exception('E', 'm')]);
    const [issue] = all('SELECT id FROM issues');
    expect(all('SELECT issue_id FROM fingerprints')).toEqual([{ issue_id: issue.id }]);
  });
});

describe('what the rules decided', () => {
  it('a suppressed event is counted for its rule and leaves no issue, fingerprint or event', async () => {
    const { capture, all } = setup((properties) =>
      (properties.$exception_list as Array<{ type: string }>)[0]!.type === 'Noise' ? { suppressedBy: 'rule-9' } : {},
    );
    await capture([exception('Noise', 'a'), exception('Noise', 'b'), exception('Real', 'c')]);
    expect(all('SELECT name FROM issues')).toEqual([{ name: 'Real' }]);
    expect(all('SELECT COUNT(*) AS n FROM exception_events')).toEqual([{ n: 1 }]);
    expect(all('SELECT counter, detail, value FROM ingestion_counters ORDER BY counter')).toEqual([
      { counter: 'ingested', detail: '', value: 1 },
      { counter: 'suppressed', detail: 'rule-9', value: 2 },
    ]);
  });

  it('assigns a new issue and a reopened unassigned one, never an issue that has an assignee', async () => {
    const { db, capture, all } = setup((properties) => ({
      fingerprint: String((properties.$exception_list as Array<{ value: string }>)[0]!.value),
      assignee: { type: 'user', id: 7 },
    }));
    const owned = addIssue(db, { status: 'resolved', assignee: { type: 'role', id: 'role-1' } });
    addFingerprint(db, owned, 'owned');
    const unowned = addIssue(db, { status: 'resolved' });
    addFingerprint(db, unowned, 'unowned');
    const active = addIssue(db, { status: 'active' });
    addFingerprint(db, active, 'active');
    await capture([
      exception('E', 'new'),
      exception('E', 'owned'),
      exception('E', 'unowned'),
      exception('E', 'active'),
    ]);
    const assignees = Object.fromEntries(
      all('SELECT f.fingerprint, i.assignee FROM issues i JOIN fingerprints f ON f.issue_id = i.id').map((row) => [
        row.fingerprint,
        row.assignee === null ? null : JSON.parse(row.assignee),
      ]),
    );
    expect(assignees).toEqual({
      new: { type: 'user', id: 7 },
      owned: { type: 'role', id: 'role-1' },
      unowned: { type: 'user', id: 7 },
      active: null,
    });
  });

  it('writes disabled_data for every rule that failed, {message, props} and {message, issue, props}, and skips it after', async () => {
    const { db, capture, all, seen } = setup((_properties, rules) => ({
      fingerprint: 'fp',
      errors: [
        ...rules.grouping.map((rule) => ({ kind: 'grouping' as const, ruleId: rule.id, message: 'Invalid regex' })),
        ...rules.assignment.map((rule) => ({ kind: 'assignment' as const, ruleId: rule.id, message: 'Bad value' })),
      ],
    }));
    const grouping = addRule(db, 1, 'grouping', 0);
    const assignment = addRule(db, 1, 'assignment', 0);
    db.prepare("UPDATE rules SET updated_at = '2026-01-01T00:00:00.000Z'").run();
    await capture([exception('E', 'one'), exception('E', 'two')]);
    expect(seen.map((rules) => [rules.grouping.length, rules.assignment.length])).toEqual([
      [1, 1],
      [0, 0],
    ]);
    const [issue] = all('SELECT id, status, name, description FROM issues');
    const rows = all('SELECT id, kind, disabled_data, updated_at FROM rules WHERE id IN (?, ?)', grouping, assignment);
    const data = Object.fromEntries(rows.map((row) => [row.kind, JSON.parse(row.disabled_data)]));
    expect(data.grouping).toEqual({
      message: 'Invalid regex',
      props: expect.objectContaining({ $exception_types: ['E'], $exception_values: ['one'] }),
    });
    expect(data.assignment).toEqual({
      message: 'Bad value',
      issue,
      props: expect.objectContaining({ $exception_values: ['one'] }),
    });
    for (const row of rows) expect(row.updated_at).not.toBe('2026-01-01T00:00:00.000Z');
    expect(all('SELECT trace FROM exception_events').map((row) => JSON.parse(row.trace).errors)).toEqual([
      [
        { kind: 'grouping', ruleId: grouping, message: 'Invalid regex' },
        { kind: 'assignment', ruleId: assignment, message: 'Bad value' },
      ],
      [],
    ]);
  });

  it('gives the engine the environment’s enabled rules, and the properties without the derived $exception_* ones', async () => {
    const received: Array<Record<string, unknown>> = [];
    const { db, capture, seen } = setup((properties) => {
      received.push(properties);
      return {};
    });
    const enabled = addRule(db, 1, 'suppression', 1);
    const disabled = addRule(db, 1, 'suppression', 0);
    db.prepare('UPDATE rules SET disabled_data = \'{"message":"x"}\' WHERE id = ?').run(disabled);
    addRule(db, 2, 'grouping', 0);
    await capture([exception('E', 'm', minutesAgo(1), { $exception_types: ['Forged'], $exception_handled: true })]);
    expect(seen[0]!.suppression.map((rule) => [rule.id, rule.sampling_rate])).toEqual([[enabled, 0.5]]);
    expect(seen[0]!.grouping).toEqual([]);
    expect(received[0]).not.toHaveProperty('$exception_types');
    expect(received[0]).not.toHaveProperty('$exception_handled');
    expect(received[0]).toHaveProperty('$exception_list');
  });

  it('an event the engine fails on is counted and leaves nothing behind; the rest of the batch is stored', async () => {
    const { capture, all } = setup((properties) => {
      if ((properties.$exception_list as Array<{ type: string }>)[0]!.type === 'Boom') throw new Error('engine bug');
      return {};
    });
    const quiet = console.error;
    console.error = () => {};
    try {
      await capture([exception('Fine', 'a'), exception('Boom', 'b'), exception('Fine', 'c')]);
    } finally {
      console.error = quiet;
    }
    expect(all('SELECT name FROM issues ORDER BY name')).toEqual([{ name: 'Fine' }, { name: 'Fine' }]);
    expect(all("SELECT value FROM ingestion_counters WHERE detail = 'processing_error'")).toEqual([{ value: 1 }]);
  });
});

describe('test accounts', () => {
  const member = (db: Db, id: number, email: string) =>
    insertUser(db, {
      id,
      uuid: randomUUID(),
      membership_id: randomUUID(),
      first_name: 'A',
      last_name: 'B',
      email,
      level: 1,
    });
  const flags = (all: (sql: string) => any[]) =>
    all('SELECT is_test_account FROM exception_events ORDER BY timestamp').map((row) => row.is_test_account);

  it('are the emails with the domain of the first member with a company address, as PostHog’s default filter', async () => {
    const { db, capture, all } = setup();
    member(db, 1, 'founder@gmail.com');
    member(db, 2, 'lead@acme.io');
    member(db, 3, 'contractor@studio.example');
    await capture([
      exception('E', 'a', minutesAgo(5), { email: 'QA@Acme.io' }),
      exception('E', 'b', minutesAgo(4), { email: 'customer@gmail.com' }),
      exception('E', 'c', minutesAgo(3), { email: 'someone@studio.example' }),
      // PostHog's other default, a localhost $host, is not applied: local apps are what this server listens to.
      exception('E', 'd', minutesAgo(2), { $host: 'localhost:3000' }),
      exception('E', 'e', minutesAgo(1)),
    ]);
    expect(flags(all)).toEqual([1, 0, 0, 0, 0]);
  });

  it('are none when no member has a company address', async () => {
    const { db, capture, all } = setup();
    member(db, 1, 'founder@gmail.com');
    await capture([exception('E', 'a', minutesAgo(2), { email: 'qa@gmail.com' })]);
    expect(flags(all)).toEqual([0]);
  });
});

describe('bounded storage', () => {
  it('keeps the newest events of an environment up to its limit', async () => {
    const { capture, all } = setup(() => ({}), { maxEventsPerEnvironment: 5, maxAgeDays: 30 });
    const times = Array.from({ length: 8 }, (_, n) => minutesAgo(100 - n));
    await capture(times.slice(0, 4).map((at) => exception('E', 'm', at)));
    await capture(times.slice(4).map((at) => exception('E', 'm', at)));
    expect(all('SELECT timestamp FROM exception_events ORDER BY timestamp').map((row) => row.timestamp)).toEqual(
      times.slice(3),
    );
  });

  it('drops events older than the age limit, in every environment it ingests for', async () => {
    const { capture, all } = setup(() => ({}), { maxEventsPerEnvironment: 100, maxAgeDays: 30 });
    await capture([exception('E', 'old', new Date(Date.now() - 40 * 86_400_000).toISOString()), exception('E', 'new')]);
    expect(all('SELECT COUNT(*) AS n FROM exception_events')).toEqual([{ n: 1 }]);
    expect(all('SELECT COUNT(*) AS n FROM issues')).toEqual([{ n: 2 }]);
  });
});
