import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/database';
import { insertExceptionEvent } from '../store/exception-events-repository';
import { makeTestServer } from '../test-support';
import {
  addFingerprint,
  addIssue,
  errorBody,
  expectMethodsRefused,
  prefixes,
} from './error-tracking-fixtures.test-support';

const hour = 3_600_000;
const day = 24 * hour;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

const ids = {
  recent: '00000001-0000-4000-8000-000000000000',
  busy: '00000002-0000-4000-8000-000000000000',
  resolved: '00000003-0000-4000-8000-000000000000',
  old: '00000004-0000-4000-8000-000000000000',
  testOnly: '00000005-0000-4000-8000-000000000000',
  quiet: '00000006-0000-4000-8000-000000000000',
} as const;

function event(db: Db, issueId: string, fingerprint: string, at: string, extra: Record<string, unknown> = {}) {
  insertExceptionEvent(db, {
    uuid: randomUUID(),
    teamId: 1,
    issueId,
    fingerprint,
    timestamp: at,
    distinctId: 'user-1',
    sessionId: 's-1',
    library: 'posthog-js',
    properties: { $exception_types: ['TypeError'], $exception_values: ['x is undefined'] },
    ...extra,
  });
}

function setup() {
  // One first_seen for all: ordering by it is all ties, broken by id.
  const firstSeen = ago(60 * day);
  const server = makeTestServer();
  const { db } = server;
  const issue = (
    id: ReturnType<typeof randomUUID>,
    status = 'active',
    extra: { description?: string; assignee?: unknown } = {},
  ) => {
    addIssue(db, { id, status, name: `Issue ${id.slice(7, 8)}`, ...extra });
    addFingerprint(db, id, `fp-${id}`, { firstSeen });
  };
  issue(ids.recent, 'active', { description: 'Cart page' });
  issue(ids.busy, 'active', { assignee: { type: 'user', id: 7 } });
  issue(ids.resolved, 'resolved');
  issue(ids.old);
  issue(ids.testOnly);
  issue(ids.quiet);
  event(db, ids.recent, `fp-${ids.recent}`, ago(2 * hour), { distinctId: 'a', sessionId: 's-a' });
  for (const [n, user, session] of [
    [1, 'a', 's-1'],
    [2, 'a', 's-1'],
    [3, 'b', ''],
  ] as const) {
    event(db, ids.busy, `fp-${ids.busy}`, ago(n * day), {
      distinctId: user,
      sessionId: session,
      library: n === 1 ? 'posthog-node' : 'posthog-js',
      properties: {
        $exception_types: ['RangeError'],
        $exception_values: ['Invalid time value'],
        $exception_sources: ['a.ts', 'b.ts'],
      },
    });
  }
  event(db, ids.resolved, `fp-${ids.resolved}`, ago(day));
  event(db, ids.old, `fp-${ids.old}`, ago(20 * day));
  event(db, ids.testOnly, `fp-${ids.testOnly}`, ago(day), { isTestAccount: true, distinctId: 'qa-bot' });
  return server;
}

const idsOf = (res: { json: { results: Array<{ id: string }> } }) => res.json.results.map((row) => row.id);

describe.each(prefixes)('POST %s/:id/error_tracking/query/issues/', (prefix) => {
  const path = `${prefix}/1/error_tracking/query/issues/`;

  it('defaults to the last 7 days, active issues, no test accounts, by occurrences (DESC), 10 rows', async () => {
    const { call } = setup();
    const res = await call('POST', path, { body: {} });
    expect(res.status).toBe(200);
    expect(idsOf(res)).toEqual([ids.busy, ids.recent]);
    expect(res.json).toMatchObject({ hasMore: false, limit: 10, offset: 0 });
    expect(res.json).not.toHaveProperty('nextOffset');
  });

  it('answers the compact row: aggregates in the range, latest library and source, no external issues', async () => {
    const { call } = setup();
    const res = await call('POST', path, { body: {} });
    const row = res.json.results[0];
    expect(Object.keys(row).sort()).toEqual(
      [
        'aggregations',
        'assignee',
        'description',
        'first_seen',
        'id',
        'last_seen',
        'library',
        'name',
        'severity',
        'source',
        'status',
      ].sort(),
    );
    expect(row).toMatchObject({
      id: ids.busy,
      status: 'active',
      severity: null,
      assignee: { type: 'user', id: 7 },
      library: 'posthog-node',
      source: 'b.ts',
      aggregations: { occurrences: 3, users: 2, sessions: 1 },
    });
    expect(Date.parse(row.last_seen)).toBeGreaterThan(Date.now() - day - 1000);
    expect(Date.parse(row.first_seen)).toBeLessThan(Date.now() - 59 * day);
    const narrow = await call('POST', path, { body: { dateRange: { date_from: '-36h' } } });
    expect(narrow.json.results.find((r: { id: string }) => r.id === ids.busy).aggregations.occurrences).toBe(1);
  });

  it('widens with dateRange, status "all" and filterTestAccounts false', async () => {
    const { call } = setup();
    const body = { dateRange: { date_from: '-30d' }, status: 'all', filterTestAccounts: false, limit: 100 };
    const all = await call('POST', path, { body });
    expect(idsOf(all).sort()).toEqual([ids.recent, ids.busy, ids.resolved, ids.old, ids.testOnly].sort());
    const allTime = await call('POST', path, { body: { ...body, dateRange: { date_from: 'all' } } });
    expect(idsOf(allTime)).not.toContain(ids.quiet);
    const resolved = await call('POST', path, { body: { ...body, status: 'resolved' } });
    expect(idsOf(resolved)).toEqual([ids.resolved]);
    const iso = await call('POST', path, {
      body: { ...body, dateRange: { date_from: ago(25 * day), date_to: ago(10 * day) } },
    });
    expect(idsOf(iso)).toEqual([ids.old]);
  });

  it('sorts by the chosen order with id as the tie-break, and pages with hasMore and nextOffset', async () => {
    const { call } = setup();
    const body = { dateRange: { date_from: '-30d' }, status: 'all', filterTestAccounts: false };
    const byLastSeen = await call('POST', path, { body: { ...body, orderBy: 'last_seen', orderDirection: 'ASC' } });
    expect(idsOf(byLastSeen)).toEqual([ids.old, ids.busy, ids.resolved, ids.testOnly, ids.recent]);
    const ties = await call('POST', path, { body: { ...body, orderBy: 'first_seen' } });
    expect(idsOf(ties)).toEqual([ids.recent, ids.busy, ids.resolved, ids.old, ids.testOnly]);
    const first = await call('POST', path, { body: { ...body, limit: 2 } });
    expect(first.json).toMatchObject({ hasMore: true, limit: 2, offset: 0, nextOffset: 2 });
    const pages = [first];
    while (pages.at(-1)!.json.hasMore) {
      pages.push(await call('POST', path, { body: { ...body, limit: 2, offset: pages.at(-1)!.json.nextOffset } }));
    }
    expect(pages.flatMap(idsOf)).toEqual(idsOf(await call('POST', path, { body })));
  });

  it('searches event exception types and values, every token, case-insensitively', async () => {
    const { call } = setup();
    const body = { dateRange: { date_from: '-30d' }, status: 'all', filterTestAccounts: false };
    expect(idsOf(await call('POST', path, { body: { ...body, searchQuery: 'rangeerror' } }))).toEqual([ids.busy]);
    expect(idsOf(await call('POST', path, { body: { ...body, searchQuery: 'INVALID "time value"' } }))).toEqual([
      ids.busy,
    ]);
    expect(idsOf(await call('POST', path, { body: { ...body, searchQuery: 'invalid undefined' } }))).toEqual([]);
  });

  it('filters by assignee (a user id as a digit string too)', async () => {
    const { call, db } = setup();
    for (const id of [7, '7']) {
      const res = await call('POST', path, { body: { assignee: { type: 'user', id } } });
      expect(idsOf(res)).toEqual([ids.busy]);
    }
    const role = await call('POST', path, { body: { assignee: { type: 'role', id: randomUUID() } } });
    expect(idsOf(role)).toEqual([]);
    const roleId = randomUUID();
    db.prepare('UPDATE issues SET assignee = ? WHERE id = ?').run(
      JSON.stringify({ type: 'role', id: roleId }),
      ids.recent,
    );
    expect(idsOf(await call('POST', path, { body: { assignee: { type: 'role', id: roleId } } }))).toEqual([ids.recent]);
    expect(idsOf(await call('POST', path, { body: { assignee: { type: 'user', id: roleId } } }))).toEqual([]);
    expect(idsOf(await call('POST', path, { body: { assignee: null } }))).toEqual([ids.busy, ids.recent]);
    const type = await call('POST', path, { body: { assignee: { type: 'team', id: 1 } } });
    expect(type.json).toEqual(errorBody.validation('"team" is not a valid choice.', 'assignee__type'));
  });

  it('cuts long descriptions to 300 characters with PostHog’s suffix', async () => {
    const { call, db } = setup();
    db.prepare('UPDATE issues SET description = ? WHERE id = ?').run('é'.repeat(400), ids.recent);
    const res = await call('POST', path, { body: {} });
    const description: string = res.json.results.find((r: { id: string }) => r.id === ids.recent).description;
    expect(Array.from(description)).toHaveLength(300);
    expect(description.endsWith('… [truncated from 400 chars]')).toBe(true);
  });

  it('follows fingerprints: events move with a split fingerprint, and only this environment counts', async () => {
    const { call, db } = setup();
    db.prepare('UPDATE fingerprints SET issue_id = ? WHERE fingerprint = ?').run(ids.quiet, `fp-${ids.busy}`);
    expect(idsOf(await call('POST', path, { body: {} }))).toEqual([ids.quiet, ids.recent]);
    expect(idsOf(await call('POST', `${prefix}/2/error_tracking/query/issues/`, { body: {} }))).toEqual([]);
  });

  it('refuses a bad date, a limit outside 1-100 and an unknown status or order', async () => {
    const { call } = setup();
    const badDate = await call('POST', path, { body: { dateRange: { date_from: 'yesterday' } } });
    expect(badDate.status).toBe(400);
    expect(badDate.json).toMatchObject({ type: 'validation_error', attr: 'dateRange__date_from' });
    for (const limit of [0, 101, 1.5]) {
      const res = await call('POST', path, { body: { limit } });
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ type: 'validation_error', attr: 'limit' });
    }
    const status = await call('POST', path, { body: { status: 'open' } });
    expect(status.json).toEqual(errorBody.validation('"open" is not a valid choice.', 'status'));
    const order = await call('POST', path, { body: { orderBy: 'name' } });
    expect(order.json).toEqual(errorBody.validation('"name" is not a valid choice.', 'orderBy'));
  });

  it('answers 405 method_not_allowed to GET', async () => {
    const { call } = setup();
    await expectMethodsRefused(call, [
      ['GET', path],
      ['PATCH', path],
    ]);
  });
});
