import { serve, type ServerType } from '@hono/node-server';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase } from '../store/database';
import { makeTestServer } from '../test-support';
import { checkConnection, ConnectionError } from './check-connection';
import type { Upstream } from './upstream-config';

const posthog = makeTestServer({ rateLimits: { perMinute: 1000, perHour: 10_000 } });
let upstreamServer: ServerType;
let hangingServer: Server;
let upstreamOrigin = '';
let hangingOrigin = '';
const upstreamRequests: string[] = [];

const listen = (server: Server | ServerType) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );

beforeAll(async () => {
  upstreamServer = serve({
    fetch: (request: Request) => {
      upstreamRequests.push(`${request.method} ${new URL(request.url).pathname}`);
      return posthog.app.fetch(request);
    },
    port: 0,
    hostname: '127.0.0.1',
  });
  await new Promise((resolve) => upstreamServer.once('listening', resolve));
  upstreamOrigin = `http://127.0.0.1:${(upstreamServer.address() as AddressInfo).port}`;
  hangingServer = createServer(() => {}); // accepts, never answers
  hangingOrigin = await listen(hangingServer);
});
afterAll(() => {
  upstreamServer.close();
  hangingServer.closeAllConnections();
  hangingServer.close();
});

function connectedApp(overrides: Partial<Upstream> = {}) {
  const upstream: Upstream = {
    origin: upstreamOrigin,
    key: posthog.key,
    environmentId: 1,
    timeoutMs: 2000,
    ...overrides,
  };
  const app = createApp({ db: openDatabase(':memory:'), dashboardToken: null, distDir: '/nonexistent', upstream });
  let cookie = '';
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    if (!cookie)
      cookie = /tc_session=[^;]+/.exec((await app.request('/auth/session')).headers.get('set-cookie') ?? '')![0];
    const response = await app.request(path, {
      method,
      headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : null };
  };
  return { app, call, upstream };
}

const rules = '/api/environments/1/error_tracking/suppression_rules/';

describe('connected mode proxy', () => {
  it('forwards reads and writes with the server-held key, and points pagination links at itself', async () => {
    const { call } = connectedApp();
    for (const rate of [0.1, 0.2, 0.3]) expect((await call('POST', rules, { sampling_rate: rate })).status).toBe(201);
    const page = await call('GET', `${rules}?limit=2`);
    expect(page.status).toBe(200);
    expect(page.json.count).toBe(3);
    expect(page.json.next).toBe(
      'http://localhost/api/environments/1/error_tracking/suppression_rules/?limit=2&offset=2',
    );
    const [first, second] = page.json.results;
    const reorder = await call('PATCH', `${rules}reorder`, { orders: { [first.id]: 1, [second.id]: 0 } });
    expect(reorder.status).toBe(204);
    expect(reorder.text).toBe('');
    expect(reorder.headers.get('content-type')).toBeNull();
  });

  it('passes PostHog errors through in the contract shape, including the empty 405', async () => {
    const { call } = connectedApp();
    const invalid = await call('POST', rules, { sampling_rate: 1.5 });
    expect(invalid.status).toBe(400);
    expect(invalid.json.attr).toBe('sampling_rate');
    const forbidden = await call(
      'DELETE',
      '/api/environments/1/error_tracking/fingerprints/00000000-0000-4000-8000-000000000000/',
    );
    expect(forbidden.status).toBe(405);
    expect(forbidden.text).toBe('');
  });

  it('passes PostHog’s Deprecation, Sunset and Link headers on /api/environments/ through, none on /api/projects/', async () => {
    const { call } = connectedApp();
    const env = await call('GET', `${rules}?limit=1`);
    expect(env.status).toBe(200);
    expect(env.headers.get('deprecation')).toBe('true');
    expect(env.headers.get('sunset')).toBe('Fri, 31 Jul 2026 00:00:00 GMT');
    expect(env.headers.get('link')).toBe(
      '</api/projects/1/error_tracking/suppression_rules/?limit=1>; rel="successor-version"',
    );
    const empty = await call('PATCH', `${rules}reorder`, { orders: {} });
    expect(empty.status).toBe(204);
    expect(empty.headers.get('deprecation')).toBe('true');
    const projects = await call('GET', '/api/projects/1/error_tracking/suppression_rules/');
    expect(projects.status).toBe(200);
    expect(projects.headers.get('deprecation')).toBeNull();
    expect(projects.headers.get('sunset')).toBeNull();
  });

  it('forwards link_issue and the environment paths a project’s environments need', async () => {
    const { call } = connectedApp();
    const before = upstreamRequests.length;
    const link = await call('POST', '/api/projects/1/error_tracking/external_references/link_issue/', {});
    expect(link.status).toBe(400);
    expect(link.json).toMatchObject({ type: 'validation_error', attr: 'integration_id' });
    const environment = await call('GET', '/api/environments/1/');
    expect(environment.status).toBe(200);
    expect(environment.json).toMatchObject({ id: 1 });
    await call('GET', '/api/projects/1/environments/');
    expect(upstreamRequests.slice(before)).toEqual([
      'POST /api/projects/1/error_tracking/external_references/link_issue/',
      'GET /api/environments/1/',
      'GET /api/projects/1/environments/',
    ]);
  });

  it('refuses paths the dashboard does not use, without calling PostHog', async () => {
    const { call } = connectedApp();
    const before = upstreamRequests.length;
    for (const path of [
      '/api/users/@me/',
      '/api/environments/1/insights/',
      '/api/environments/1/error_tracking/assignment_rules/x/../../../../users/',
      '/api/environments/1/error_tracking/assignment_rules/%2e%2e%2fusers/',
      '/api/projects/1/error_tracking/issues/not-a-uuid-but-long-enough-to-look-like-one/',
    ]) {
      const response = await call('GET', path);
      expect(response.status, path).toBe(404);
      expect(response.json.code).toBe('not_found');
    }
    expect(upstreamRequests.length).toBe(before);
  });

  it('refuses HogQL from the browser: PostHog’s query API is not forwarded, error tracking’s issue query is', async () => {
    const { call } = connectedApp();
    const before = upstreamRequests.length;
    const hogql = { query: { kind: 'HogQLQuery', query: 'SELECT * FROM persons' } };
    for (const [method, path] of [
      ['POST', '/api/projects/1/query/'],
      ['POST', '/api/projects/1/query'],
      ['POST', '/api/environments/1/query/'],
      ['GET', '/api/projects/1/query/0190c4a27b1e70008000000000000001/'],
      ['DELETE', '/api/projects/1/query/0190c4a27b1e70008000000000000001/'],
      ['POST', '/api/projects/1/query/upgrade/'],
      ['POST', '/api/projects/1/error_tracking/query/'],
      ['POST', '/api/projects/1/error_tracking/query/issues/../../../query/'],
    ] as const) {
      const response = await call(method, path, method === 'GET' ? undefined : hogql);
      expect({ method, path, status: response.status, json: response.json }).toEqual({
        method,
        path,
        status: 404,
        json: { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null },
      });
    }
    expect(upstreamRequests.length).toBe(before);
    const issues = await call('POST', '/api/projects/1/error_tracking/query/issues/', {});
    expect(issues.status).toBe(200);
    expect(upstreamRequests.slice(before)).toEqual(['POST /api/projects/1/error_tracking/query/issues/']);
  });

  it('accepts only the dashboard session: API keys and keyless calls are refused', async () => {
    const { app } = connectedApp();
    const withKey = await app.request(rules, { headers: { Authorization: `Bearer ${posthog.key}` } });
    expect(withKey.status).toBe(401);
    expect((await app.request(rules)).status).toBe(401);
  });

  it('turns an unreachable PostHog into 502 and a silent one into 504', async () => {
    const down = await connectedApp({ origin: 'http://127.0.0.1:9' }).call('GET', rules);
    expect(down.status).toBe(502);
    expect(down.json).toMatchObject({ code: 'bad_gateway', detail: 'Could not reach PostHog at http://127.0.0.1:9.' });
    const silent = await connectedApp({ origin: hangingOrigin, timeoutMs: 300 }).call('GET', rules);
    expect(silent.status).toBe(504);
    expect(silent.json.code).toBe('gateway_timeout');
  });

  it('passes 429 through with Retry-After', async () => {
    const limited = makeTestServer({ rateLimits: { perMinute: 1, perHour: 100 } });
    const server = serve({ fetch: limited.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { call } = connectedApp({ origin, key: limited.key });
    expect((await call('GET', rules)).status).toBe(200);
    const throttled = await call('GET', rules);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(throttled.json.code).toBe('throttled');
    server.close();
  });

  it('never shows the key: not in bodies, headers, or the backend info', async () => {
    const { call } = connectedApp();
    const responses = await Promise.all([
      call('GET', '/api/personal_api_keys/@current/'),
      call('GET', '/api/projects/'),
      call('GET', '/api/console/backend'),
      call('GET', rules),
      call('POST', rules, { sampling_rate: 7 }),
    ]);
    for (const response of responses) {
      expect(response.text).not.toContain(posthog.key);
      expect([...response.headers.values()].join('\n')).not.toContain(posthog.key);
    }
    expect(responses[2]!.json).toEqual({ mode: 'connected', host: upstreamOrigin, default_environment_id: 1 });
  });
});

describe('startup connection check', () => {
  it('describes the key and its environments', async () => {
    const summary = await checkConnection({
      origin: upstreamOrigin,
      key: posthog.key,
      environmentId: null,
      timeoutMs: 2000,
    });
    expect(summary).toContain(`Connected to PostHog at ${upstreamOrigin}`);
    expect(summary).toMatch(/key phx_\.\.\.\S{4} "test", scopes: \*/);
    expect(summary).toContain('1 "Web app", 2 "Mobile"');
    expect(summary).not.toContain(posthog.key);
  });

  it('fails fast with a clear message for a wrong key or host', async () => {
    const wrongKey = checkConnection({
      origin: upstreamOrigin,
      key: 'phx_wrong',
      environmentId: null,
      timeoutMs: 2000,
    });
    await expect(wrongKey).rejects.toThrow(ConnectionError);
    await expect(wrongKey).rejects.toThrow(/refused the personal API key.*Invalid personal API key/);
    const wrongHost = checkConnection({
      origin: 'http://127.0.0.1:9',
      key: 'phx_x',
      environmentId: null,
      timeoutMs: 2000,
    });
    await expect(wrongHost).rejects.toThrow(/Could not reach PostHog/);
  });
});
