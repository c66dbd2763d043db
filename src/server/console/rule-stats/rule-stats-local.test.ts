import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RuleStat, RuleStats } from '../../../contract/rule-stats';
import { openDatabase } from '../../store/database';
import { insertExceptionEvent } from '../../store/exception-events-repository';
import { makeTestServer, seedProjects } from '../../test-support';
import { referenceStats } from './reference-stats.test-support';
import { seedStatsEvents, seedStatsRules, type SeededRules } from './rule-stats-fixtures.test-support';
import { readLocalRules } from './read-rules';
import { engineRules } from './stats-rules';

const dataDir = mkdtempSync(join(tmpdir(), 'tc-rule-stats-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

let seeded: SeededRules = {};
let issues: string[] = [];
// A database file, as a running server has: the worker reads it on its own connection.
const server = makeTestServer({
  db: openDatabase(dataDir),
  seed: (db) => {
    seedProjects(db);
    issues = seedStatsEvents(db, 400).issues;
    seeded = seedStatsRules(db, issues[5]!);
  },
});

const statsPath = (days: number, env = 1) => `/api/console/environments/${env}/rule-stats/?days=${days}`;
const statOf = (stats: RuleStats, name: string): RuleStat => {
  const { kind, id } = seeded[name]!;
  return stats[kind].find((stat) => stat.id === id)!;
};

describe('GET /api/console/environments/:id/rule-stats/ (local mode)', () => {
  it('every number is what the engine, run directly on the same stored events, gives', async () => {
    for (const days of [30, 7, 1]) {
      const stats = await server.call('GET', statsPath(days));
      expect(stats.status).toBe(200);
      const events = await server.call('GET', `/api/console/environments/1/exceptions/?days=${days}&limit=10000`);
      const expected = referenceStats(engineRules(readLocalRules(server.db, 1)), events.json.results, stats.json);
      expect(stats.json.eventsConsidered).toBe(events.json.results.length);
      expect(stats.json.skipped).toBe(events.json.skipped);
      expect(stats.json.grouping).toEqual(expected.grouping);
      expect(stats.json.suppression).toEqual(expected.suppression);
      expect(stats.json.assignment).toEqual(expected.assignment);
      expect(stats.json.buckets).toEqual(days === 1 ? { count: 24, ms: 3_600_000 } : { count: days, ms: 86_400_000 });
    }
  });

  it('flags shadowed, never matched, tied and failing rules, each with what it needs', async () => {
    const { json: stats } = await server.call('GET', statsPath(30));
    expect(stats).toMatchObject({ eventsConsidered: 394, capped: false, skipped: 1 });
    const types = statOf(stats, 'types');
    expect(types.wins).toBeGreaterThan(0);
    expect(statOf(stats, 'undefined')).toMatchObject({
      wins: 0,
      shadowedBy: [{ id: seeded.types!.id, events: statOf(stats, 'undefined').matches }],
      neverMatched: false,
    });
    expect(statOf(stats, 'android')).toMatchObject({
      matches: 0,
      neverMatched: true,
      lastMatched: null,
      tiedWith: [seeded.build!.id],
    });
    const build = statOf(stats, 'build');
    expect(build.tiedWith).toEqual([seeded.android!.id]);
    expect(build.errors).toEqual({ count: expect.any(Number), message: expect.stringContaining('String') });
    expect(build.neverMatched).toBe(false);
    expect(statOf(stats, 'ranges')).toMatchObject({ disabled: true, wins: 0, neverMatched: false, shadowedBy: [] });
    expect(statOf(stats, 'ranges').matches).toBeGreaterThan(0);
    expect(statOf(stats, 'chunk text').shadowedBy).toEqual([
      { id: seeded.chunks!.id, events: statOf(stats, 'chunk text').matches },
    ]);
    // Sampling: a rule that drops half of what it matches, and one that drops none.
    const safari = statOf(stats, 'safari');
    expect(safari.wins).toBeGreaterThan(0);
    expect(safari.wins).toBeLessThan(safari.matches);
    expect(statOf(stats, 'everything')).toMatchObject({ matches: 394, wins: 0, shadowedBy: [], neverMatched: false });
    // Reads the fingerprint grouping writes: the events its rules grouped.
    expect(statOf(stats, 'custom').matches).toBeGreaterThan(0);
    expect(statOf(stats, 'nobody')).toMatchObject({ wins: 0, shadowedBy: [] });
    expect(statOf(stats, 'nobody').matches).toBeGreaterThan(0);
    expect(statOf(stats, 'one issue').matches).toBeGreaterThan(0);
  });

  it('assignment counts only the exception that creates each issue, and no suppressed one', async () => {
    const { json: stats } = await server.call('GET', statsPath(30));
    const owner = statOf(stats, 'type owner');
    // Six of the 24 issues are TypeErrors: each is assigned once, however many exceptions it has.
    expect(owner.matches).toBeGreaterThan(6);
    expect(owner.wins).toBeLessThanOrEqual(6);
    expect(owner.wins).toBeGreaterThan(0);
    const oneIssue = statOf(stats, 'one issue');
    expect(oneIssue.wins).toBeLessThanOrEqual(1);
    const total = stats.assignment.reduce((sum: number, stat: RuleStat) => sum + stat.wins, 0);
    expect(total).toBeLessThanOrEqual(issues.length);
  });

  it('keeps an answer while the rules stay the same, and computes again once one changes', async () => {
    const first = await server.call('GET', statsPath(7));
    insertExceptionEvent(server.db, {
      uuid: '01900000-0000-7000-8000-0000000000f1',
      teamId: 1,
      issueId: issues[0]!,
      fingerprint: 'fp-0',
      timestamp: new Date().toISOString(),
      distinctId: 'user-1',
      properties: { $exception_types: ['TypeError'], $exception_values: ['x is undefined'] },
    });
    const again = await server.call('GET', statsPath(7));
    expect(again.json).toEqual(first.json);

    const android = seeded.android!.id;
    const changed = await server.call('PATCH', `/api/projects/1/error_tracking/grouping_rules/${android}/`, {
      body: {
        filters: { type: 'AND', values: [{ key: '$browser', type: 'event', operator: 'exact', value: ['Chrome'] }] },
      },
    });
    expect(changed.status).toBe(204);
    const after = await server.call('GET', statsPath(7));
    expect(after.json.computedAt).not.toBe(first.json.computedAt);
    expect(after.json.eventsConsidered).toBe(first.json.eventsConsidered + 1);
    expect(statOf(after.json, 'android').neverMatched).toBe(false);
  });

  it('refuses an unknown window, another method and an unknown environment', async () => {
    const bad = await server.call('GET', '/api/console/environments/1/rule-stats/?days=90');
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toBe('"90" is not a valid choice.');
    expect((await server.call('POST', statsPath(7))).status).toBe(405);
    expect((await server.call('GET', statsPath(7, 99))).status).toBe(404);
  });

  it('needs both error_tracking:read and query:read of a key', async () => {
    for (const [scopes, missing] of [
      [['query:read'], 'error_tracking:read'],
      [['error_tracking:read'], 'query:read'],
    ] as const) {
      const res = await server.call('GET', statsPath(7), { key: server.createKey([...scopes]) });
      expect(res.status).toBe(403);
      expect(res.json.detail).toBe(`API key missing required scope '${missing}'`);
    }
    const both = await server.call('GET', statsPath(7), {
      key: server.createKey(['error_tracking:read', 'query:read']),
    });
    expect(both.status).toBe(200);
  });

  it('answers for an environment without exceptions: nothing matched, nothing flagged as never matched', async () => {
    const res = await server.call('GET', statsPath(30, 2));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ eventsConsidered: 1, grouping: [], suppression: [], assignment: [] });
  });
});
