import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
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

const count = (table: string) => (server.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const counters = (teamId = 1) =>
  Object.fromEntries(
    (
      server.db
        .prepare('SELECT counter, detail, value FROM ingestion_counters WHERE team_id = ?')
        .all(teamId) as Array<{ counter: string; detail: string; value: number }>
    ).map((row) => [row.detail ? `${row.counter}:${row.detail}` : row.counter, row.value]),
  );

const exception = (overrides: Record<string, unknown> = {}, properties: Record<string, unknown> = {}) => ({
  event: '$exception',
  distinct_id: 'user-1',
  uuid: randomUUID(),
  properties: {
    $exception_list: [{ type: 'TypeError', value: 'x is undefined', mechanism: { handled: false } }],
    ...properties,
  },
  ...overrides,
});

type Body = string | Uint8Array | object;

async function send(path: string, body: Body, headers: Record<string, string> = {}, method = 'POST') {
  const encoded = typeof body === 'string' || body instanceof Uint8Array ? body : null;
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(encoded === null ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: method === 'GET' ? undefined : (encoded ?? JSON.stringify(body)),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : null };
}

describe('what capture accepts', () => {
  it('one event on /e/, /i/v0/e/ and /capture/, with the token as api_key, token or $token: {"status":"Ok"}', async () => {
    const token = server.tokens[1];
    const cases: Array<[string, object]> = [
      ['/e/', exception({ api_key: token })],
      ['/i/v0/e/', exception({ token })],
      ['/capture/', exception({ $token: token })],
      ['/e', exception({}, { token })],
    ];
    for (const [path, body] of cases) {
      const answer = await send(path, body);
      expect(answer.status, path).toBe(200);
      expect(answer.json, path).toEqual({ status: 'Ok' });
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    }
    expect(count('exception_events')).toBe(4);
  });

  it('an array of events (posthog-js) and a batch (posthog-node), the batch token winning over its events', async () => {
    const token = server.tokens[1];
    expect((await send('/e/', [exception({ token }), exception({ token })])).status).toBe(200);
    const batch = { api_key: token, batch: [exception({ token: 'phc_of_another_project' }), exception()] };
    expect((await send('/batch/', batch)).status).toBe(200);
    expect(count('exception_events')).toBe(4);
  });

  it('gzip by Content-Encoding, by ?compression=gzip-js as posthog-js sends it, and by its magic bytes alone', async () => {
    const body = () => gzipSync(JSON.stringify({ api_key: server.tokens[1], batch: [exception()] }));
    expect(
      (await send('/batch/', body(), { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' })).status,
    ).toBe(200);
    expect((await send('/e/?compression=gzip-js&ver=1.200.0', body(), { 'Content-Type': 'text/plain' })).status).toBe(
      200,
    );
    expect((await send('/e/', body(), { 'Content-Type': 'text/plain' })).status).toBe(200);
    expect(count('exception_events')).toBe(3);
  });

  it("posthog-js's base64 transports: a form's data= field, and data= in a GET's query", async () => {
    const encoded = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64');
    const form = new URLSearchParams({ data: encoded([exception({ token: server.tokens[1] })]) });
    const posted = await send('/e/?compression=base64', form.toString(), {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(posted.status).toBe(200);
    const query = new URLSearchParams({ data: encoded(exception({ token: server.tokens[1] })) });
    expect((await send(`/e/?${query}`, {}, {}, 'GET')).status).toBe(200);
    expect(count('exception_events')).toBe(2);
  });

  it('answers a beacon (posthog-js on unload) with 204', async () => {
    const answer = await send('/e/?beacon=1', exception({ token: server.tokens[1] }));
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
    expect(count('exception_events')).toBe(1);
  });

  it('stores an event with an unreadable timestamp at the time it arrived, and corrects a skewed clock by sent_at', async () => {
    const before = Date.now();
    await send(
      '/e/',
      exception({ token: server.tokens[1], uuid: '00000000-0000-4000-8000-000000000001', timestamp: 'soon' }),
    );
    const sentAt = new Date(Date.now() + 60_000).toISOString();
    const timestamp = new Date(Date.now() + 50_000).toISOString();
    await send('/batch/', {
      api_key: server.tokens[1],
      sent_at: sentAt,
      batch: [exception({ uuid: '00000000-0000-4000-8000-000000000002', timestamp })],
    });
    const times = server.db.prepare('SELECT uuid, timestamp FROM exception_events ORDER BY uuid').all() as Array<{
      timestamp: string;
    }>;
    const unreadable = Date.parse(times[0]!.timestamp);
    expect(unreadable).toBeGreaterThanOrEqual(before);
    expect(unreadable).toBeLessThanOrEqual(Date.now());
    // The client's clock is a minute ahead; its event was 10 s before it sent the batch.
    const corrected = Date.parse(times[1]!.timestamp);
    expect(Math.abs(corrected - (Date.now() - 10_000))).toBeLessThan(2_000);
  });

  it('keeps one event per uuid: a retried batch is counted as duplicates', async () => {
    const batch = { api_key: server.tokens[1], batch: [exception(), exception()] };
    await send('/batch/', batch);
    await send('/batch/', batch);
    expect(count('exception_events')).toBe(2);
    expect(counters()).toMatchObject({ ingested: 2, duplicate: 2 });
  });

  it('accepts and ignores events other than $exception, and an $exception cymbal could not read', async () => {
    const token = server.tokens[1];
    const answer = await send('/batch/', {
      api_key: token,
      batch: [
        { event: '$pageview', distinct_id: 'u', properties: { $current_url: 'https://example.com' } },
        exception({}, { $exception_list: [] }),
        exception({}, { $exception_list: ['not an exception'] }),
        { event: '$performance_event', distinct_id: 'u' },
      ],
    });
    expect(answer.status).toBe(200);
    expect(count('exception_events')).toBe(0);
    expect(count('issues')).toBe(0);
    expect(counters()).toEqual({
      ignored: 1,
      'rejected:empty_exception_list': 1,
      'rejected:invalid_exception_list': 1,
    });
  });
});

describe('what capture refuses, in its own error shape, storing nothing', () => {
  const refusal = (status: number, code: string, error: string | RegExp) => ({
    status,
    json: { status, code, error: typeof error === 'string' ? error : expect.stringMatching(error) },
  });

  it('no token: 401; a token of no environment or of the wrong shape: 403', async () => {
    expect(await send('/e/', exception())).toMatchObject(
      refusal(401, 'ingest_key_required', 'event submitted without an api_key'),
    );
    expect(await send('/e/', exception({ token: 'phc_nobody' }))).toMatchObject(
      refusal(403, 'ingest_key_unknown', 'api_key does not resolve to a known project'),
    );
    expect(await send('/batch/', { api_key: 'phx_personal', batch: [exception()] })).toMatchObject(
      refusal(403, 'ingest_key_unknown', 'API key is not valid: personal_api_key'),
    );
    expect(await send('/batch/', { api_key: ' ', batch: [exception()] })).toMatchObject(
      refusal(403, 'ingest_key_unknown', 'API key is not valid: empty'),
    );
    expect(count('exception_events')).toBe(0);
    expect(count('ingestion_counters')).toBe(0);
  });

  it('events naming two environments: 400 unroutable_events', async () => {
    const answer = await send('/e/', [exception({ token: server.tokens[1] }), exception({ token: server.tokens[2] })]);
    expect(answer).toMatchObject(refusal(400, 'unroutable_events', 'batch submitted with inconsistent api_key values'));
  });

  it('a malformed event refuses its whole batch (as capture does), counted against the environment it names', async () => {
    const token = server.tokens[1];
    const cases: Array<[object | string, string]> = [
      [{ api_key: token, batch: [exception(), { distinct_id: 'no event name' }] }, 'request_parsing_error'],
      [{ api_key: token, batch: [exception(), 42] }, 'request_parsing_error'],
      [{ api_key: token, batch: [exception({ uuid: 'not-a-uuid' })] }, 'request_parsing_error'],
      [{ api_key: token, batch: [exception({ properties: 'none' })] }, 'request_parsing_error'],
      [{ api_key: token, batch: [exception({ timestamp: 1700000000 })] }, 'request_parsing_error'],
      [{ api_key: token, batch: [exception(), exception({ distinct_id: null })] }, 'missing_distinct_id'],
      [{ api_key: token, batch: [exception({ event: '' })] }, 'missing_event_name'],
      [{ api_key: token, batch: [exception({}, { $cookieless_mode: 'yes' })] }, 'invalid_cookieless_mode'],
      [{ api_key: token, batch: [] }, 'empty_batch'],
    ];
    for (const [body, code] of cases) {
      const answer = await send('/batch/', body);
      expect(answer.status, JSON.stringify(body).slice(0, 120)).toBe(400);
      expect(answer.json.code, JSON.stringify(body).slice(0, 120)).toBe(code);
      expect(answer.json.status).toBe(400);
    }
    expect(count('exception_events')).toBe(0);
    expect(count('issues')).toBe(0);
    expect(counters()).toEqual({
      'rejected:request_parsing_error': 2 + 2 + 1 + 1 + 1,
      'rejected:missing_distinct_id': 2,
      'rejected:missing_event_name': 1,
      'rejected:invalid_cookieless_mode': 1,
      'rejected:empty_batch': 1,
    });
  });

  it('a body that is not JSON, broken gzip or empty: 400, never a 500', async () => {
    expect((await send('/e/', '{"event": ', { 'Content-Type': 'application/json' })).json.code).toBe(
      'request_parsing_error',
    );
    expect((await send('/e/', new Uint8Array([0x1f, 0x8b, 0x08, 1, 2, 3]))).json).toEqual({
      status: 400,
      code: 'request_decoding_error',
      error: 'failed to decode request: invalid GZIP data',
    });
    expect((await send('/e/', '')).json.code).toBe('empty_payload');
    expect((await send('/e/', '[1, 2]', { 'Content-Type': 'application/json' })).json.code).toBe(
      'request_parsing_error',
    );
    // Four characters of the base64 alphabet are unwrapped first, as capture does: what comes out is not UTF-8.
    expect((await send('/e/', 'null')).json).toEqual({
      status: 400,
      code: 'request_decoding_error',
      error: 'failed to decode request: invalid UTF8 in request payload',
    });
    expect((await send('/e/', '"just a string"')).json.code).toBe('request_parsing_error');
    expect((await send('/e/', { no: 'event' })).json.code).toBe('request_hydration_error');
    const deep = `${'['.repeat(200)}${']'.repeat(200)}`;
    expect((await send('/e/', deep, { 'Content-Type': 'application/json' })).json.code).toBe('request_parsing_error');
    expect(count('ingestion_counters')).toBe(0);
  });

  it('a body over 2 MB on /e/, over 20 MB on /batch/, or gzip that inflates past it: a readable 413', async () => {
    const padding = 'x'.repeat(3 * 1024 * 1024);
    const overEvent = await send('/e/', exception({ token: server.tokens[1] }, { padding }));
    expect(overEvent.status).toBe(413);
    expect(overEvent.json).toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(overEvent.headers.get('connection')).toBe('close');
    // 3 MB fits a batch.
    expect((await send('/batch/', { api_key: server.tokens[1], batch: [exception({}, { padding })] })).status).toBe(
      200,
    );
    const big = { api_key: server.tokens[1], batch: [exception({}, { padding: 'y'.repeat(21 * 1024 * 1024) })] };
    const overBatch = await send('/batch/', big);
    expect(overBatch).toMatchObject({ status: 413, json: { code: 'payload_too_large' } });
    const bomb = gzipSync(JSON.stringify(big));
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const inflated = await send('/batch/', bomb, { 'Content-Encoding': 'gzip' });
    expect(inflated).toMatchObject({ status: 413, json: { code: 'payload_too_large' } });
    expect(count('exception_events')).toBe(1);
  });
});

describe('CORS and the dashboard guards', () => {
  const origin = 'https://shop.example.com';

  it('answers a preflight from any origin as capture does: mirrored, with credentials', async () => {
    for (const path of ['/batch/', '/e/', '/i/v0/e/', '/flags/', `/array/${server.tokens[1]}/config`]) {
      const response = await fetch(`${server.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,x-extra',
        },
      });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
      expect(response.headers.get('access-control-allow-headers')).toBe('content-type,x-extra');
    }
  });

  it('puts the CORS headers on answers and refusals alike, and none of the dashboard’s own headers', async () => {
    for (const body of [exception({ token: server.tokens[1] }), exception()]) {
      const response = await fetch(`${server.url}/e/`, {
        method: 'POST',
        headers: { Origin: origin, 'Content-Type': 'text/plain' },
        body: JSON.stringify(body),
      });
      expect([200, 401]).toContain(response.status);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('cross-origin-resource-policy')).toBeNull();
      expect(response.headers.get('content-security-policy')).toBeNull();
    }
    const dashboard = await fetch(`${server.url}/api/projects/`, { headers: { Origin: origin } });
    expect(dashboard.status).toBe(401);
    expect(dashboard.headers.get('access-control-allow-origin')).toBeNull();
    expect(dashboard.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('lets SDKs in under any Host name, while the dashboard API still refuses one that is not loopback', async () => {
    const body = JSON.stringify(exception({ token: server.tokens[1] }));
    const captured = await server.app.request('http://ingest.example.com/e/', { method: 'POST', body });
    expect(captured.status).toBe(200);
    const config = await server.app.request(`http://ingest.example.com/array/${server.tokens[1]}/config`);
    expect(config.status).toBe(200);
    const api = await server.app.request('http://ingest.example.com/api/projects/');
    expect(api.status).toBe(403);
    expect(await api.json()).toMatchObject({ code: 'permission_denied' });
  });
});
