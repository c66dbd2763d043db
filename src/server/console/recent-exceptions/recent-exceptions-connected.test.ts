import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Upstream } from '../../connected/upstream-config';
import { makeTestServer, seedProjects } from '../../test-support';
import { connectedConsole, json, startUpstream } from './connected-console.test-support';
import { events, issues, seedRecentExceptions } from './exception-events.test-support';
import { exceptionQueryName, firstExceptionsQueryName } from './recent-exception-routes';

/** The local server plays PostHog, as in the connected e2e project. */
const posthog = makeTestServer({
  rateLimits: { perMinute: 1000, perHour: 10_000 },
  seed: (db) => {
    seedProjects(db);
    seedRecentExceptions(db);
  },
});
let upstream: Awaited<ReturnType<typeof startUpstream>>;
beforeAll(async () => {
  upstream = await startUpstream((request) => posthog.app.fetch(request));
});
afterAll(() => upstream.close());

const consoleOf = (overrides: Partial<Upstream> = {}) =>
  connectedConsole({ origin: upstream.origin, key: posthog.key, environmentId: 1, timeoutMs: 3000, ...overrides });
const uuidsOf = (body: { results: Array<{ uuid: string }> }) => body.results.map((event) => event.uuid);
const queryPath = '/api/projects/1/query/';

describe('GET /api/console/environments/:id/exceptions/ (connected mode)', () => {
  it('sends PostHog the HogQL it builds from the parameters, with the server’s key, and reads the rows', async () => {
    const call = consoleOf();
    const before = upstream.requests.length;
    const search = encodeURIComponent("it's C:\\temp");
    const res = await call(
      `/api/console/environments/1/exceptions/?days=30&limit=2&issue=${issues.checkout}&search=${search}`,
    );
    expect(res.status).toBe(200);
    const literal = String.raw`'it\'s C:\\\\temp'`;
    expect(upstream.requests.slice(before)).toEqual([
      {
        method: 'POST',
        path: queryPath,
        body: {
          name: exceptionQueryName,
          query: {
            kind: 'HogQLQuery',
            query: [
              'SELECT uuid, timestamp, issue_id, properties.$exception_fingerprint AS fingerprint, properties',
              'FROM events',
              "WHERE event = '$exception'",
              '  AND timestamp >= now() - INTERVAL 30 DAY',
              `  AND issue_id = toUUID('${issues.checkout}')`,
              `  AND (positionCaseInsensitiveUTF8(properties.$exception_types, ${literal}) > 0` +
                ` OR positionCaseInsensitiveUTF8(properties.$exception_values, ${literal}) > 0` +
                ` OR positionCaseInsensitiveUTF8(properties.$exception_sources, ${literal}) > 0` +
                ` OR positionCaseInsensitiveUTF8(properties.$exception_functions, ${literal}) > 0)`,
              'ORDER BY timestamp DESC, uuid DESC',
              'LIMIT 3',
            ].join('\n'),
          },
        },
      },
    ]);
    expect(uuidsOf(res.json)).toEqual([events.quoted]);
    expect(res.json.results[0].properties.$exception_values).toEqual(["it's C:\\temp again"]);
  });

  it('answers what local mode answers for the same parameters', async () => {
    const connected = await consoleOf()('/api/console/environments/1/exceptions/?days=30&limit=3');
    const local = await posthog.call('GET', '/api/console/environments/1/exceptions/?days=30&limit=3');
    const { window: _c, ...connectedBody } = connected.json;
    const { window: _l, ...localBody } = local.json;
    expect(connectedBody).toEqual(localBody);
    expect(connectedBody).toMatchObject({ hasMore: true, limit: 3, skipped: 0 });
  });

  it('explains a key without query:read, and that pasting an event still works', async () => {
    const call = consoleOf({ key: posthog.createKey(['error_tracking:read']) });
    const res = await call('/api/console/environments/1/exceptions/');
    expect(res.status).toBe(403);
    expect(res.json).toEqual({
      type: 'authentication_error',
      code: 'missing_query_scope',
      detail: expect.stringMatching(/lacks the query:read scope.*paste an event's JSON/),
      attr: null,
    });
  });

  it('passes PostHog’s 429 on with its Retry-After, from the real limiter and from an injected one', async () => {
    const limited = makeTestServer({ rateLimits: { perMinute: 1, perHour: 100 } });
    const strict = await startUpstream((request) => limited.app.fetch(request));
    const call = connectedConsole({ origin: strict.origin, key: limited.key, environmentId: 1, timeoutMs: 3000 });
    expect((await call('/api/console/environments/1/exceptions/')).status).toBe(200);
    const throttled = await call('/api/console/environments/1/exceptions/');
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(throttled.json.code).toBe('throttled');
    strict.close();

    const body = {
      type: 'throttled_error',
      code: 'throttled',
      detail: 'Expected available in 17 seconds.',
      attr: null,
    };
    upstream.injectNext(`POST ${queryPath}`, () => json(429, body, { 'Retry-After': '17' }));
    const injected = await consoleOf()('/api/console/environments/1/exceptions/');
    expect({ status: injected.status, retryAfter: injected.headers.get('retry-after'), json: injected.json }).toEqual({
      status: 429,
      retryAfter: '17',
      json: body,
    });
  });

  it('waits for an async (202) query by polling it, then reads its result', async () => {
    let finished: unknown;
    upstream.injectNext(`POST ${queryPath}`, async (_request, forward) => {
      finished = await (await forward()).json();
      return json(202, { query_status: { id: 'q-123', complete: false, team_id: 1, query_async: true } });
    });
    upstream.injectNext(`GET ${queryPath}q-123/`, () => json(202, { query_status: { id: 'q-123', complete: false } }));
    upstream.injectNext(`GET ${queryPath}q-123/`, () =>
      json(200, { query_status: { id: 'q-123', complete: true, error: false, results: finished } }),
    );
    const before = upstream.requests.length;
    const res = await consoleOf()('/api/console/environments/1/exceptions/');
    expect(res.status).toBe(200);
    expect(uuidsOf(res.json)).toEqual([events.latest, events.dates, events.quoted]);
    expect(upstream.requests.slice(before).map(({ method, path }) => `${method} ${path}`)).toEqual([
      `POST ${queryPath}`,
      `GET ${queryPath}q-123/`,
      `GET ${queryPath}q-123/`,
    ]);
  });

  it('gives up on an async query that does not finish in time, cancels it and answers 504', async () => {
    const running = () => json(202, { query_status: { id: 'q-slow', complete: false } });
    upstream.injectNext(`POST ${queryPath}`, running);
    for (let n = 0; n < 10; n++) upstream.injectNext(`GET ${queryPath}q-slow/`, running);
    const before = upstream.requests.length;
    const res = await consoleOf({ timeoutMs: 600 })('/api/console/environments/1/exceptions/');
    expect(res.status).toBe(504);
    expect(res.json).toMatchObject({ code: 'query_timeout' });
    await expect
      .poll(() => upstream.requests.slice(before).map(({ method, path }) => `${method} ${path}`))
      .toContain(`DELETE ${queryPath}q-slow/`);
  });

  it('reports a failed async query and a query PostHog refuses as 502 with PostHog’s reason', async () => {
    upstream.injectNext(`POST ${queryPath}`, () => json(202, { query_status: { id: 'q-bad', complete: false } }));
    upstream.injectNext(`GET ${queryPath}q-bad/`, () =>
      json(400, { query_status: { id: 'q-bad', complete: true, error: true, error_message: 'Unknown table.' } }),
    );
    const failed = await consoleOf()('/api/console/environments/1/exceptions/');
    expect({ status: failed.status, json: failed.json }).toEqual({
      status: 502,
      json: {
        type: 'server_error',
        code: 'query_failed',
        detail: 'PostHog could not run the exception query: Unknown table.',
        attr: null,
      },
    });
    const refusal = { type: 'validation_error', code: 'invalid_input', detail: 'Unknown function.', attr: null };
    upstream.injectNext(`POST ${queryPath}`, () => json(400, refusal));
    const refused = await consoleOf()('/api/console/environments/1/exceptions/');
    expect(refused.status).toBe(502);
    expect(refused.json.detail).toBe('PostHog could not run the exception query: Unknown function.');
  });

  it('skips and counts rows it cannot read, never failing the answer', async () => {
    upstream.injectNext(`POST ${queryPath}`, async (_request, forward) => {
      const answer = (await (await forward()).json()) as { results: unknown[] };
      const first = answer.results[0] as unknown[];
      answer.results.push(
        first.slice(0, 4),
        [...first, 'extra'],
        ['not-a-uuid', ...first.slice(1)],
        [first[0], 'yesterday-ish', ...first.slice(2)],
        [first[0], first[1], 'not-an-issue', ...first.slice(3)],
        [first[0], first[1], first[2], 42, first[4]],
        [...first.slice(0, 4), '{"$exception_types": ['],
        [...first.slice(0, 4), '["an", "array"]'],
        'not a row',
      );
      answer.results.push([
        '01900000-0000-7000-8000-0000000000ff',
        '2026-01-01 00:00:00',
        '00000000-0000-0000-0000-000000000000',
        null,
        JSON.stringify({ $exception_types: '["Odd"]', $exception_values: 'not json' }),
      ]);
      return json(200, answer);
    });
    const res = await consoleOf()('/api/console/environments/1/exceptions/');
    expect(res.status).toBe(200);
    expect(res.json.skipped).toBe(9);
    expect(uuidsOf(res.json)).toEqual([
      events.latest,
      events.dates,
      events.quoted,
      '01900000-0000-7000-8000-0000000000ff',
    ]);
    expect(res.json.results[3]).toEqual({
      uuid: '01900000-0000-7000-8000-0000000000ff',
      timestamp: new Date('2026-01-01 00:00:00').toISOString(),
      issue_id: null,
      fingerprint: null,
      properties: { $exception_types: ['Odd'], $exception_values: 'not json' },
    });
  });

  it('answers 502 when PostHog’s answer lacks a column, is not JSON, or is a server error', async () => {
    upstream.injectNext(`POST ${queryPath}`, () => json(200, { results: [], columns: ['uuid', 'timestamp'] }));
    const noColumns = await consoleOf()('/api/console/environments/1/exceptions/');
    expect(noColumns.status).toBe(502);
    expect(noColumns.json.detail).toMatch(/lacks the column\(s\) issue_id, fingerprint, properties/);
    upstream.injectNext(`POST ${queryPath}`, () => new Response('<html>oops</html>', { status: 200 }));
    expect((await consoleOf()('/api/console/environments/1/exceptions/')).json.detail).toMatch(/is not JSON/);
    upstream.injectNext(`POST ${queryPath}`, () => new Response('<html>down</html>', { status: 503 }));
    const down = await consoleOf()('/api/console/environments/1/exceptions/');
    expect({ status: down.status, code: down.json.code }).toEqual({ status: 502, code: 'bad_gateway' });
  });

  it('passes PostHog’s 404 for an environment it does not have, and validates before asking', async () => {
    const call = consoleOf();
    expect((await call('/api/console/environments/99/exceptions/')).json).toMatchObject({ code: 'not_found' });
    const before = upstream.requests.length;
    const invalid = await call('/api/console/environments/1/exceptions/?days=2');
    expect(invalid.status).toBe(400);
    expect(upstream.requests.length).toBe(before);
  });

  it('turns a silent PostHog into 504 and an unreachable one into 502', async () => {
    const hanging: Server = createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
    const silent = await consoleOf({ origin, timeoutMs: 300 })('/api/console/environments/1/exceptions/');
    expect({ status: silent.status, code: silent.json.code }).toEqual({ status: 504, code: 'gateway_timeout' });
    hanging.closeAllConnections();
    hanging.close();
    const down = await consoleOf({ origin: 'http://127.0.0.1:9' })('/api/console/environments/1/exceptions/');
    expect({ status: down.status, code: down.json.code }).toEqual({ status: 502, code: 'bad_gateway' });
  });
});

describe('GET /api/console/environments/:id/exceptions/first/ (connected mode)', () => {
  it('sends PostHog one query for every issue named, and answers what local mode answers', async () => {
    const before = upstream.requests.length;
    const params = `?issues=${issues.checkout},${issues.dates}&days=30`;
    const connected = await consoleOf()(`/api/console/environments/1/exceptions/first/${params}`);
    expect(connected.status).toBe(200);
    expect(upstream.requests.slice(before)).toEqual([
      {
        method: 'POST',
        path: queryPath,
        body: {
          name: firstExceptionsQueryName,
          query: {
            kind: 'HogQLQuery',
            query: [
              'SELECT uuid, timestamp, issue_id, properties.$exception_fingerprint AS fingerprint, properties',
              'FROM events',
              "WHERE event = '$exception'",
              '  AND timestamp >= now() - INTERVAL 30 DAY',
              `  AND issue_id IN (toUUID('${issues.checkout}'), toUUID('${issues.dates}'))`,
              'ORDER BY timestamp ASC, uuid ASC',
              'LIMIT 1 BY issue_id',
            ].join('\n'),
          },
        },
      },
    ]);
    expect(uuidsOf(connected.json)).toEqual([events.old, events.quoted]);
    const local = await posthog.call('GET', `/api/console/environments/1/exceptions/first/${params}`);
    const { window: _c, ...connectedBody } = connected.json;
    const { window: _l, ...localBody } = local.json;
    expect(connectedBody).toEqual(localBody);
  });
});
