import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExceptionQuery } from '../../hogql/build-exception-query';
import { makeTestServer, seedProjects } from '../../test-support';
import { startUpstream } from '../recent-exceptions/connected-console.test-support';
import { readLocalEvents } from './read-local-events';
import { readUpstreamEvents } from './read-upstream-events';
import { seedStatsEvents } from './rule-stats-fixtures.test-support';
import { statsProjection } from './stats-projection';
import { tupleProperties } from './tuple-properties';

const posthog = makeTestServer({
  rateLimits: { perMinute: 1000, perHour: 10_000 },
  seed: (db) => {
    seedProjects(db);
    seedStatsEvents(db, 40);
  },
});
let upstream: Awaited<ReturnType<typeof startUpstream>>;
beforeAll(async () => {
  upstream = await startUpstream((request) => posthog.app.fetch(request));
});
afterAll(() => upstream.close());

const projection = statsProjection({
  grouping: [
    {
      id: 'g',
      order_key: 0,
      disabled_data: null,
      filters: { type: 'AND', values: [{ key: '$browser', type: 'event' }] },
    },
  ],
  suppression: [],
  assignment: [],
});
const month = Date.now() - 30 * 86_400_000;

describe('reading the window’s events', () => {
  it('locally: the newest first, at most the cap of rows (unreadable ones count), saying so', () => {
    const all = readLocalEvents(posthog.db, 1, projection, month, 100);
    expect(all).toMatchObject({ capped: false, skipped: 1 });
    expect(all.uuids).toHaveLength(34);
    expect([...all.times]).toEqual([...all.times].sort((a, b) => b - a));
    const capped = readLocalEvents(posthog.db, 1, projection, month, 5);
    expect(capped.capped).toBe(true);
    // The unreadable event is among the newest five rows.
    expect(capped).toMatchObject({ skipped: 1, uuids: all.uuids.slice(0, 4) });
    expect(readLocalEvents(posthog.db, 1, projection, month, 35).capped).toBe(false);
  });

  it.each(['we"ird', "it's", "x') OR 1=1 --"])(
    'locally: a key no JSON path can name (%s) reads whole properties, to the same values',
    (oddKey) => {
      const odd = statsProjection({
        grouping: [
          {
            id: 'g',
            order_key: 0,
            disabled_data: null,
            filters: {
              type: 'AND',
              values: [
                { key: '$browser', type: 'event' },
                { key: oddKey, type: 'event' },
              ],
            },
          },
        ],
        suppression: [],
        assignment: [],
      });
      expect(odd.whole).toBe(true);
      const browsers = (table: ReturnType<typeof readLocalEvents>, of: typeof projection) => {
        const each = tupleProperties(table.tuples, of);
        return [...table.tupleOf].map((tuple) => each[tuple]!.$browser);
      };
      const whole = readLocalEvents(posthog.db, 1, odd, month, 100);
      expect(browsers(whole, odd)).toEqual(
        browsers(readLocalEvents(posthog.db, 1, projection, month, 100), projection),
      );
      expect(new Set(browsers(whole, odd))).toEqual(new Set(['Chrome', 'Safari', 'Firefox']));
    },
  );

  it('locally: an event counts for the issue its fingerprint belongs to now, also when nothing else changed', () => {
    const before = readLocalEvents(posthog.db, 1, projection, month, 100);
    const moved = before.issues.findIndex((issue) => issue !== null);
    const fingerprintOf = posthog.db
      .prepare('SELECT fingerprint FROM exception_events WHERE uuid = ?')
      .pluck()
      .get(before.uuids[moved]) as string;
    const target = '01900000-0000-7000-8000-0000000000aa';
    posthog.db
      .prepare(
        "INSERT INTO issues (id, team_id, status, name, first_seen, created_at) VALUES (?, 1, 'active', 'x', ?, ?)",
      )
      .run(target, '2026-01-01', '2026-01-01');
    posthog.db
      .prepare('UPDATE fingerprints SET issue_id = ? WHERE team_id = 1 AND fingerprint = ?')
      .run(target, fingerprintOf);
    const after = readLocalEvents(posthog.db, 1, projection, month, 100);
    expect(after.issues[moved]).toBe(target);
    expect(after.issueKeys[moved]).toBe(target);
    expect(after.uuids).toEqual(before.uuids);
  });

  it('from PostHog: page by page with OFFSET, the same events and columns, capped as locally', async () => {
    const local = readLocalEvents(posthog.db, 1, projection, month, 7);
    const before = upstream.requests.length;
    const connected = await readUpstreamEvents(
      { origin: upstream.origin, key: posthog.key, environmentId: 1, timeoutMs: 3000 },
      1,
      projection,
      30,
      { cap: 7, pageSize: 3 },
    );
    expect(connected.uuids).toEqual(local.uuids);
    expect(connected.capped).toBe(true);
    const queries = upstream.requests.slice(before).map((request) => request.body);
    expect(queries).toMatchObject(
      [
        { days: 30, limit: 3, offset: 0 },
        { days: 30, limit: 3, offset: 3 },
        { days: 30, limit: 1, offset: 6 },
        { days: 30, limit: 1, offset: 7 },
      ].map((query) => ({ query: { kind: 'HogQLQuery', query: buildExceptionQuery(query) } })),
    );
    // Tuple texts differ in form between SQLite and JSON.stringify, not in the properties they give.
    const properties = (table: typeof local) => {
      const each = tupleProperties(table.tuples, projection);
      return [...table.tupleOf].map((tuple) => each[tuple]);
    };
    expect(properties(connected)).toEqual(properties(local));
    expect(connected.issues).toEqual(local.issues);
  });
});
