import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openDatabase } from '../store/database';
import { makeTestServer, seedProjects } from '../test-support';
import { addIntegration, errorBody } from './error-tracking-fixtures.test-support';

const token = 'ghp_Sup3rSecretTokenValue';
const base = '/api/console/environments/1/integrations';
const tokenPath = (id: number, envId = 1) => `/api/console/environments/${envId}/integrations/${id}/token/`;

function setup() {
  const server = makeTestServer();
  const { db } = server;
  const ids = {
    github: addIntegration(db, 'github'),
    jira: addIntegration(db, 'jira', { accessToken: 'jira-old-token' }),
    bareJira: addIntegration(db, 'jira', { config: {} }),
    slack: addIntegration(db, 'slack'),
    mobile: addIntegration(db, 'linear', { teamId: 2 }),
  };
  const storedToken = (id: number) =>
    (db.prepare('SELECT access_token FROM integrations WHERE id = ?').get(id) as { access_token: string | null })
      .access_token;
  return { ...server, ids, storedToken };
}

const permissionDenied = (detail: string) => ({
  type: 'authentication_error',
  code: 'permission_denied',
  detail,
  attr: null,
});

describe('console integration credentials (local mode)', () => {
  it('lists the tracker integrations of the environment, saying only whether a token is set', async () => {
    const { call, ids } = setup();
    const res = await call('GET', `${base}/`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      results: [
        { id: ids.github, kind: 'github', token_status: 'not_set', api_base_url: 'https://api.github.com' },
        { id: ids.jira, kind: 'jira', token_status: 'set', api_base_url: 'https://api.example.com' },
        // No site URL and no base URL: nowhere to send a token to.
        { id: ids.bareJira, kind: 'jira', token_status: 'not_set', api_base_url: null },
      ],
    });
    expect(res.text).not.toContain('jira-old-token');
    expect((await call('GET', '/api/console/environments/99/integrations/')).status).toBe(404);
  });

  it('sets a token (trimmed) and answers its status, never the token; PostHog’s list still hides it', async () => {
    const { call, ids, storedToken } = setup();
    const res = await call('PUT', tokenPath(ids.github), { body: { token: `  ${token}\n` } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      id: ids.github,
      kind: 'github',
      token_status: 'set',
      api_base_url: 'https://api.github.com',
    });
    expect(res.text).not.toContain(token);
    expect([...res.headers.values()].join('\n')).not.toContain(token);
    expect(storedToken(ids.github)).toBe(token);

    const listed = await call('GET', `${base}/`);
    expect(listed.json.results[0].token_status).toBe('set');
    expect(listed.text).not.toContain(token);
    expect((await call('GET', `/api/environments/1/integrations/${ids.github}/`)).text).not.toContain(token);
  });

  it('clears a token', async () => {
    const { call, ids, storedToken } = setup();
    const res = await call('DELETE', tokenPath(ids.jira));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: ids.jira, token_status: 'not_set' });
    expect(storedToken(ids.jira)).toBeNull();
    expect((await call('DELETE', tokenPath(ids.jira))).json.token_status).toBe('not_set');
  });

  it.each([
    ['no token', {}, errorBody.validation('This field is required.', 'token', 'required')],
    ['a blank token', { token: '   ' }, errorBody.validation('Enter the access token.', 'token')],
    ['a number', { token: 12345 }, errorBody.validation('The token must be text.', 'token')],
    [
      'a token with a space',
      { token: `${token} ${token}` },
      errorBody.validation('A token is printable ASCII without spaces: check what was pasted.', 'token'),
    ],
    [
      'a token with a non-ASCII letter',
      { token: `${token}é` },
      errorBody.validation('A token is printable ASCII without spaces: check what was pasted.', 'token'),
    ],
    [
      'a token too long',
      { token: token.repeat(200) },
      errorBody.validation('A token is at most 4096 characters.', 'token'),
    ],
  ])('refuses %s with a 400 in the contract’s shape that never echoes it', async (_name, body, expected) => {
    const { call, ids, storedToken } = setup();
    const res = await call('PUT', tokenPath(ids.github), { body });
    expect(res.status).toBe(400);
    expect(res.json).toEqual(expected);
    expect(res.text).not.toContain(token);
    expect(storedToken(ids.github)).toBeNull();
  });

  it('refuses a body that is not a JSON object, and integrations that take no token', async () => {
    const { call, ids, storedToken } = setup();
    const list = await call('PUT', tokenPath(ids.github), { body: [token] });
    expect(list.status).toBe(400);
    expect(list.json).toEqual(errorBody.validation('Invalid data. Expected a dictionary, but got list.', null));
    expect(list.text).not.toContain(token);
    const text = await call('PUT', tokenPath(ids.github), { body: token, headers: { 'Content-Type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.text).not.toContain(token);
    const slack = await call('PUT', tokenPath(ids.slack), { body: { token } });
    expect(slack.status).toBe(400);
    expect(slack.json).toEqual(
      errorBody.validation(
        `Integration ${ids.slack} is a slack integration; only github, gitlab, linear, jira integrations use a token.`,
        null,
      ),
    );
    expect(storedToken(ids.github)).toBeNull();
    expect(storedToken(ids.slack)).toBeNull();
  });

  it('is 404 for an unknown integration or one of another environment, and 405 for other methods', async () => {
    const { call, ids, storedToken } = setup();
    for (const path of [tokenPath(9999), tokenPath(ids.mobile), tokenPath(ids.github, 2), `${base}/abc/token/`]) {
      const res = await call('PUT', path, { body: { token } });
      expect(res.status, path).toBe(404);
      expect(res.json).toEqual(errorBody.notFound());
    }
    expect(storedToken(ids.mobile)).toBeNull();
    const post = await call('POST', tokenPath(ids.github), { body: { token } });
    expect(post.status).toBe(405);
    expect(post.json).toEqual(errorBody.methodNotAllowed('POST'));
  });

  it('needs integration:write to change a token and integration:read to list, as PostHog’s integrations', async () => {
    const { call, createKey, ids, storedToken } = setup();
    const reader = createKey(['integration:read', 'error_tracking:write']);
    const refused = await call('PUT', tokenPath(ids.github), { key: reader, body: { token } });
    expect(refused.status).toBe(403);
    expect(refused.json).toEqual(permissionDenied("API key missing required scope 'integration:write'"));
    expect((await call('DELETE', tokenPath(ids.jira), { key: reader })).status).toBe(403);
    expect(storedToken(ids.github)).toBeNull();
    expect(storedToken(ids.jira)).toBe('jira-old-token');
    expect((await call('GET', `${base}/`, { key: reader })).status).toBe(200);

    const trackingOnly = createKey(['error_tracking:read', 'error_tracking:write']);
    const list = await call('GET', `${base}/`, { key: trackingOnly });
    expect(list.json).toEqual(permissionDenied("API key missing required scope 'integration:read'"));

    const writer = createKey(['integration:write']);
    expect((await call('PUT', tokenPath(ids.github), { key: writer, body: { token } })).status).toBe(200);
    expect(storedToken(ids.github)).toBe(token);

    const otherEnvironment = createKey(['*'], [2]);
    const scoped = await call('DELETE', tokenPath(ids.github), { key: otherEnvironment });
    expect(scoped.json).toEqual(permissionDenied('API key does not have access to the requested project: ID 1.'));
    expect((await call('GET', '/api/console/environments/2/integrations/', { key: otherEnvironment })).status).toBe(
      200,
    );
    expect((await call('PUT', tokenPath(ids.github), { key: null, body: { token } })).status).toBe(401);
    expect(storedToken(ids.github)).toBe(token);
  });
});

describe('console integration credentials (connected mode)', () => {
  it('does not exist: PostHog holds the credentials', async () => {
    const db = openDatabase(':memory:');
    seedProjects(db);
    const integration = addIntegration(db, 'github');
    const upstream = { origin: 'http://127.0.0.1:9', key: 'phx_never_used', environmentId: 1, timeoutMs: 200 };
    const app = createApp({ db, dashboardToken: null, distDir: '/nonexistent', upstream });
    const cookie = /tc_session=[^;]+/.exec((await app.request('/auth/session')).headers.get('set-cookie') ?? '')![0];
    const headers = { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' };
    for (const [method, path] of [
      ['GET', `${base}/`],
      ['PUT', tokenPath(integration)],
      ['DELETE', tokenPath(integration)],
    ] as const) {
      const body = method === 'PUT' ? JSON.stringify({ token }) : undefined;
      const res = await app.request(path, { method, headers, body });
      expect(res.status, `${method} ${path}`).toBe(404);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual(errorBody.notFound());
      expect(text).not.toContain(token);
    }
    expect(db.prepare('SELECT access_token FROM integrations').get()).toEqual({ access_token: null });
  });
});

describe('console integration credentials from the browser session', () => {
  it('accepts a same-origin write and refuses a cross-site one', async () => {
    const db = openDatabase(':memory:');
    seedProjects(db);
    const integration = addIntegration(db, 'github');
    const app = createApp({ db, dashboardToken: null, distDir: '/nonexistent' });
    const cookie = /tc_session=[^;]+/.exec((await app.request('/auth/session')).headers.get('set-cookie') ?? '')![0];
    const put = (site: string) =>
      app.request(tokenPath(integration), {
        method: 'PUT',
        headers: { Cookie: cookie, 'Sec-Fetch-Site': site, 'Content-Type': 'application/json' },
        body: JSON.stringify({ token }),
      });
    expect((await put('cross-site')).status).toBe(403);
    expect(db.prepare('SELECT access_token FROM integrations').get()).toEqual({ access_token: null });
    expect((await put('same-origin')).status).toBe(200);
    expect(db.prepare('SELECT access_token FROM integrations').get()).toEqual({ access_token: token });
  });
});
