import { PostHog } from 'posthog-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer } from './capture-server.test-support';

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.stop());
beforeEach(() => {
  for (const table of ['exception_events', 'fingerprints', 'issues', 'ingestion_counters']) {
    server.db.prepare(`DELETE FROM ${table}`).run();
  }
});

type Sent = { url: string; headers: Record<string, string>; status: number };

/** posthog-node as an app would use it, with its requests recorded on their way out. */
function client(token: string, sent: Sent[] = []) {
  return new PostHog(token, {
    host: server.url,
    flushAt: 1,
    flushInterval: 0,
    fetchRetryCount: 0,
    fetch: async (url, options) => {
      const response = await fetch(url, options);
      sent.push({ url, headers: Object.fromEntries(Object.entries(options.headers)), status: response.status });
      return response;
    },
  });
}

const rows = (sql: string, ...params: unknown[]) => server.db.prepare(sql).all(...params) as any[];

describe('posthog-node against the local server', () => {
  it('captureException: gzip to /batch/, one active issue named after the exception, its fingerprint and event', async () => {
    const sent: Sent[] = [];
    const posthog = client(server.tokens[1], sent);
    const before = Date.now();
    await posthog.captureExceptionImmediate(new TypeError('cannot read x of undefined'), 'user-42', { plan: 'pro' });
    await posthog.shutdown();

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ url: `${server.url}/batch/`, status: 200 });
    expect(sent[0]!.headers['Content-Encoding']).toBe('gzip');

    const [issue] = rows('SELECT * FROM issues');
    expect(issue).toMatchObject({
      team_id: 1,
      status: 'active',
      name: 'TypeError',
      description: 'cannot read x of undefined',
      assignee: null,
    });
    const [fingerprint] = rows('SELECT * FROM fingerprints');
    expect(fingerprint).toMatchObject({ team_id: 1, issue_id: issue.id });
    const [event] = rows('SELECT * FROM exception_events');
    expect(event).toMatchObject({
      team_id: 1,
      issue_id: issue.id,
      fingerprint: fingerprint.fingerprint,
      distinct_id: 'user-42',
      library: 'posthog-node',
    });
    expect(Date.parse(event.timestamp)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(event.timestamp)).toBeLessThanOrEqual(Date.now() + 1000);
    expect(fingerprint.first_seen).toBe(event.timestamp);
    const properties = JSON.parse(event.properties);
    expect(properties).toMatchObject({
      plan: 'pro',
      $lib: 'posthog-node',
      $exception_types: ['TypeError'],
      $exception_fingerprint: fingerprint.fingerprint,
      $exception_issue_id: issue.id,
    });
    expect(properties.$exception_list[0]).toMatchObject({ type: 'TypeError', value: 'cannot read x of undefined' });
    expect(JSON.parse(event.trace).issue).toEqual({ id: issue.id, created: true, reopened: false, assigned: false });
  });

  it('the same exception again joins the same issue', async () => {
    const posthog = client(server.tokens[1]);
    for (let n = 0; n < 3; n++) await posthog.captureExceptionImmediate(new RangeError('too far'), `user-${n}`);
    await posthog.shutdown();
    expect(rows('SELECT COUNT(*) AS n FROM issues')[0].n).toBe(1);
    expect(rows('SELECT COUNT(*) AS n FROM fingerprints')[0].n).toBe(1);
    expect(rows('SELECT COUNT(DISTINCT uuid) AS n FROM exception_events')[0].n).toBe(3);
  });

  it('capture of other events: accepted and ignored, counted', async () => {
    const sent: Sent[] = [];
    const posthog = client(server.tokens[2], sent);
    posthog.capture({ distinctId: 'user-1', event: 'pageview', properties: { path: '/' } });
    posthog.capture({ distinctId: 'user-1', event: 'signed up' });
    await posthog.shutdown();
    expect(sent.every((request) => request.status === 200)).toBe(true);
    expect(rows('SELECT COUNT(*) AS n FROM exception_events')[0].n).toBe(0);
    expect(rows('SELECT COUNT(*) AS n FROM issues')[0].n).toBe(0);
    expect(rows("SELECT value FROM ingestion_counters WHERE team_id = 2 AND counter = 'ignored'")[0].value).toBe(2);
  });

  it('with a token no environment has: refused, and nothing is stored or counted', async () => {
    const sent: Sent[] = [];
    const posthog = client('phc_not_a_real_project_token_000000000000000', sent);
    posthog.on('error', () => {});
    await posthog.captureExceptionImmediate(new Error('lost'), 'user-1').catch(() => {});
    await posthog.shutdown();
    expect(sent.map((request) => request.status)).toEqual([403]);
    for (const table of ['exception_events', 'issues', 'fingerprints', 'ingestion_counters']) {
      expect(rows(`SELECT COUNT(*) AS n FROM ${table}`)[0].n, table).toBe(0);
    }
  });

  it('sends the events of each environment to that environment', async () => {
    const web = client(server.tokens[1]);
    const mobile = client(server.tokens[2]);
    await web.captureExceptionImmediate(new Error('web only'), 'u');
    await mobile.captureExceptionImmediate(new Error('mobile only'), 'u');
    await Promise.all([web.shutdown(), mobile.shutdown()]);
    expect(rows('SELECT team_id, description FROM issues ORDER BY team_id')).toEqual([
      { team_id: 1, description: 'web only' },
      { team_id: 2, description: 'mobile only' },
    ]);
  });
});
