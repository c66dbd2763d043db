import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleStats } from '../../../contract/rule-stats';
import type { Upstream } from '../../connected/upstream-config';
import { makeTestServer, seedProjects } from '../../test-support';
import { connectedConsole, json, startUpstream } from '../recent-exceptions/connected-console.test-support';
import { ruleStatsQueryName } from './read-upstream-events';
import { seedStatsEvents, seedStatsRules, type SeededRules } from './rule-stats-fixtures.test-support';

let seeded: SeededRules = {};
/** The local server plays PostHog, as in the connected e2e project. */
const posthog = makeTestServer({
  rateLimits: { perMinute: 1000, perHour: 10_000 },
  seed: (db) => {
    seedProjects(db);
    seeded = seedStatsRules(db, seedStatsEvents(db, 300).issues[2]!);
  },
});
let upstream: Awaited<ReturnType<typeof startUpstream>>;
beforeAll(async () => {
  upstream = await startUpstream((request) => posthog.app.fetch(request));
});
afterAll(() => upstream.close());

const consoleOf = (overrides: Partial<Upstream> = {}) =>
  connectedConsole({ origin: upstream.origin, key: posthog.key, environmentId: 1, timeoutMs: 3000, ...overrides });
const path = '/api/console/environments/1/rule-stats/?days=30';
/** The answer without the moments it was computed at, which differ between two requests. */
const withoutTimes = ({ computedAt: _at, window, ...rest }: RuleStats) => ({ ...rest, days: window.days });

describe('GET /api/console/environments/:id/rule-stats/ (connected mode)', () => {
  it('reads the rules and the exceptions from PostHog and answers what local mode answers', async () => {
    const before = upstream.requests.length;
    const connected = await consoleOf()(path);
    expect(connected.status).toBe(200);
    const local = await posthog.call('GET', path);
    expect(withoutTimes(connected.json)).toEqual(withoutTimes(local.json));
    expect(connected.json.grouping.find((stat: { id: string }) => stat.id === seeded.undefined!.id).shadowedBy).toEqual(
      [{ id: seeded.types!.id, events: expect.any(Number) }],
    );
    const asked = upstream.requests.slice(before).map(({ method, path: asked }) => `${method} ${asked}`);
    expect(asked.sort()).toEqual(
      [
        'GET /api/projects/1/error_tracking/assignment_rules/',
        'GET /api/projects/1/error_tracking/grouping_rules/',
        'GET /api/projects/1/error_tracking/suppression_rules/',
        'POST /api/projects/1/query/',
      ].sort(),
    );
    const query = upstream.requests.slice(before).find((request) => request.method === 'POST')!;
    expect(query.body).toMatchObject({ name: ruleStatsQueryName, query: { kind: 'HogQLQuery' } });
  });

  it('explains a key without query:read, and passes PostHog’s refusal of the rules on', async () => {
    const noQuery = await consoleOf({ key: posthog.createKey(['error_tracking:read']) })(path);
    expect(noQuery.status).toBe(403);
    expect(noQuery.json.code).toBe('missing_query_scope');
    const noRules = await consoleOf({ key: posthog.createKey(['query:read']) })(path);
    expect(noRules.status).toBe(403);
    expect(noRules.json.detail).toBe("API key missing required scope 'error_tracking:read'");
  });

  it('answers 502 when PostHog’s query answer cannot be read', async () => {
    upstream.injectNext('POST /api/projects/1/query/', () => json(200, { nothing: true }));
    const res = await consoleOf()('/api/console/environments/1/rule-stats/?days=7');
    expect(res.status).toBe(502);
    expect(res.json.detail).toMatch(/could not be read/);
    // A failure is not kept: the next request computes again.
    expect((await consoleOf()('/api/console/environments/1/rule-stats/?days=7')).status).toBe(200);
  });
});
