import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PropertyOperator } from '../../contract/filters';
import { createApp } from '../app';
import { openDatabase, type Db } from '../store/database';
import { createRule } from '../store/rules-repository';
import { seedProjects } from '../test-support';
import { defaultRetention } from './event-retention';
import { testRuleEngine } from './test-rule-engine.test-support';

function setup() {
  const db: Db = openDatabase(':memory:');
  seedProjects(db);
  const app = createApp({
    db,
    dashboardToken: null,
    distDir: '/nonexistent-dist',
    ingestion: { ruleEngine: testRuleEngine(), retention: defaultRetention },
  });
  const token = db.prepare('SELECT api_token FROM projects WHERE id = 1').pluck().get() as string;
  const post = (path: string, body: object | Uint8Array, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: body instanceof Uint8Array ? body : JSON.stringify(body),
    });
  return { app, db, token, post };
}

const uuid = expect.stringMatching(/^[0-9a-f-]{36}$/);
const read = async (response: Response) => (await response.json()) as Record<string, unknown>;

describe('/flags and /decide: no flags, in every response shape', () => {
  it('v=2 (posthog-js, posthog-node): {errorsWhileComputingFlags, flags, requestId, evaluatedAt}', async () => {
    const { token, post } = setup();
    const response = await post('/flags/?v=2', { token, distinct_id: 'user-1' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      errorsWhileComputingFlags: false,
      flags: {},
      requestId: uuid,
      evaluatedAt: expect.any(Number),
    });
  });

  it('without v, the legacy shape; with config=true, the remote config beside the flags', async () => {
    const { token, post } = setup();
    expect(await (await post('/flags/', { api_key: token, distinct_id: 'u' })).json()).toMatchObject({
      featureFlags: {},
      featureFlagPayloads: {},
    });
    const withConfig = await (await post('/flags/?v=2&config=true', { token, distinct_id: 'u' })).json();
    expect(withConfig).toMatchObject({
      flags: {},
      hasFeatureFlags: false,
      supportedCompression: ['gzip', 'gzip-js'],
      errorTracking: { autocaptureExceptions: true, suppressionRules: [] },
      sessionRecording: false,
    });
  });

  it('reads a gzip or base64 body as posthog-js sends it', async () => {
    const { token, post } = setup();
    const gzipped = await post(
      '/flags/?v=2&compression=gzip-js',
      gzipSync(JSON.stringify({ token, distinct_id: 'u' })),
    );
    expect(gzipped.status).toBe(200);
    const encoded = Buffer.from(JSON.stringify({ token, distinct_id: 'u' })).toString('base64');
    const form = await post(
      '/flags/?v=2&compression=base64',
      new TextEncoder().encode(`data=${encodeURIComponent(encoded)}`),
      {
        'Content-Type': 'application/x-www-form-urlencoded',
      },
    );
    expect(form.status).toBe(200);
  });

  it('/decide answers its versions, with the config it always carried', async () => {
    const { token, post } = setup();
    expect(await (await post('/decide/', { token, distinct_id: 'u' })).json()).toMatchObject({
      featureFlags: [],
      config: { enable_collect_everything: true },
      errorTracking: { autocaptureExceptions: true },
    });
    expect((await read(await post('/decide/?v=2', { token, distinct_id: 'u' }))).featureFlags).toEqual({});
    expect(await (await post('/decide/?v=3', { token, distinct_id: 'u' })).json()).toMatchObject({
      featureFlags: {},
      featureFlagPayloads: {},
    });
    expect((await read(await post('/decide/?v=4', { token, distinct_id: 'u' }))).flags).toEqual({});
  });

  it('refuses a missing or unknown token with the flags service’s 401 texts', async () => {
    const { post } = setup();
    const missing = await post('/flags/?v=2', { distinct_id: 'u' });
    expect(missing.status).toBe(401);
    expect(await missing.text()).toBe('No API token provided. Please include a valid API token in your request.');
    const unknown = await post('/flags/?v=2', { token: 'phc_nobody', distinct_id: 'u' });
    expect(unknown.status).toBe(401);
    expect(await unknown.text()).toMatch(/^The provided API key is invalid/);
    expect((await post('/flags/?v=2', new TextEncoder().encode('{"token": '))).status).toBe(400);
  });
});

describe('remote config', () => {
  it('/array/:token/config answers the environment’s config as JSON', async () => {
    const { app, token } = setup();
    const response = await app.request(`/array/${token}/config`);
    expect(response.status).toBe(200);
    expect(response.headers.get('vary')).toMatch(/^Origin, Referer/);
    expect(await response.json()).toEqual({
      token,
      supportedCompression: ['gzip', 'gzip-js'],
      hasFeatureFlags: false,
      captureDeadClicks: false,
      capturePerformance: false,
      autocapture_opt_out: false,
      autocaptureExceptions: true,
      analytics: { endpoint: '/i/v0/e/' },
      elementsChainAsString: true,
      errorTracking: { autocaptureExceptions: true, suppressionRules: [] },
      sessionRecording: false,
      heatmaps: false,
      surveys: false,
      defaultIdentifiedOnly: true,
      siteApps: [],
    });
  });

  it('config.js sets window._POSTHOG_REMOTE_CONFIG[token] for posthog-js’s script loader', async () => {
    const { app, token } = setup();
    const response = await app.request(`/array/${token}/config.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/javascript/);
    const window: { _POSTHOG_REMOTE_CONFIG?: Record<string, { config: { token: string }; siteApps: unknown[] }> } = {};
    new Function('window', await response.text())(window);
    expect(window._POSTHOG_REMOTE_CONFIG?.[token]).toEqual({
      config: expect.objectContaining({ token, autocaptureExceptions: true }),
      siteApps: [],
    });
    expect(window._POSTHOG_REMOTE_CONFIG?.[token]?.config).not.toHaveProperty('siteApps');
  });

  it('answers 404 for a token no environment has and 400 for one of the wrong shape, as PostHog does', async () => {
    const { app } = setup();
    const unknown = await app.request('/array/phc_nobody/config');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'not_found' });
    const malformed = await app.request(`/array/${'x'.repeat(201)}/config.js`);
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ detail: 'Invalid token' });
  });
});

describe('the suppression rules in the remote config', () => {
  const leaf = (key: string, operator: PropertyOperator, value: string | string[]) => ({
    key,
    type: 'event',
    operator,
    value,
  });

  it('are the environment’s full-rate rules on exception types and messages, in order, wherever the config goes', async () => {
    const { app, db, token, post } = setup();
    const onTypes = { type: 'OR' as const, values: [leaf('$exception_types', 'exact', ['ResizeObserverError'])] };
    const onMessages = { type: 'AND' as const, values: [leaf('$exception_values', 'icontains', 'from an extension')] };
    createRule(db, 1, 'suppression', { filters: onMessages, order_key: 2 });
    createRule(db, 1, 'suppression', { filters: onTypes, order_key: 1 });
    createRule(db, 1, 'suppression', { filters: onTypes, sampling_rate: 0.5, order_key: 0 });
    createRule(db, 1, 'suppression', {
      filters: { type: 'AND', values: [leaf('$exception_sources', 'icontains', 'chrome-extension://')] },
      order_key: 0,
    });
    createRule(db, 2, 'suppression', { filters: onMessages });
    const expected = [onTypes, onMessages];

    const config = await read(await app.request(`/array/${token}/config`));
    expect(config.errorTracking).toEqual({ autocaptureExceptions: true, suppressionRules: expected });
    const window: { _POSTHOG_REMOTE_CONFIG?: Record<string, { config: Record<string, unknown> }> } = {};
    new Function('window', await (await app.request(`/array/${token}/config.js`)).text())(window);
    expect(window._POSTHOG_REMOTE_CONFIG?.[token]?.config.errorTracking).toEqual(config.errorTracking);
    for (const path of ['/flags/?v=2&config=true', '/decide/?v=3']) {
      expect((await read(await post(path, { token, distinct_id: 'u' }))).errorTracking, path).toEqual(
        config.errorTracking,
      );
    }
    const mobileToken = db.prepare('SELECT api_token FROM projects WHERE id = 2').pluck().get() as string;
    const mobile = await read(await app.request(`/array/${mobileToken}/config`));
    expect(mobile.errorTracking).toEqual({ autocaptureExceptions: true, suppressionRules: [onMessages] });
  });
});

describe('without ingestion (connected mode, or none given)', () => {
  it('has no SDK routes: they fall through to the dashboard', async () => {
    const db: Db = openDatabase(':memory:');
    seedProjects(db);
    const app = createApp({ db, dashboardToken: null, distDir: '/nonexistent-dist' });
    for (const path of ['/batch/', '/e/', '/flags/'])
      expect((await app.request(path, { method: 'POST' })).status).toBe(404);
  });
});
