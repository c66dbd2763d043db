import { describe, expect, it } from 'vitest';
import { organization } from '../store/organization';
import { insertProject } from '../store/projects-repository';
import { makeTestServer } from '../test-support';

// PostHog's project token: `phc_` and 43 URL-safe characters.
const projectToken = /^phc_[A-Za-z0-9_-]{43}$/;
const webApp = {
  id: 1,
  name: 'Web app',
  organization: organization.id,
  created_at: '2026-01-01T00:00:00.000Z',
  api_token: expect.stringMatching(projectToken),
};
const mobile = { ...webApp, id: 2, name: 'Mobile' };

describe('GET /api/projects/', () => {
  it('lists every project for an unscoped key, in the paginated shape', async () => {
    const { call } = makeTestServer();
    const res = await call('GET', '/api/projects/');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ count: 2, next: null, previous: null, results: [webApp, mobile] });
  });

  it('paginates with absolute next/previous URLs', async () => {
    const { db, call } = makeTestServer();
    insertProject(db, { id: 3, name: 'Internal tools', created_at: '2026-02-01T00:00:00.000Z' });
    const first = await call('GET', '/api/projects/?limit=2');
    expect(first.json.count).toBe(3);
    expect(first.json.results.map((p: { id: number }) => p.id)).toEqual([1, 2]);
    expect(first.json.next).toBe('http://localhost/api/projects/?limit=2&offset=2');
    expect(first.json.previous).toBeNull();
    const second = await call('GET', '/api/projects/?limit=2&offset=2');
    expect(second.json.results.map((p: { id: number }) => p.id)).toEqual([3]);
    expect(second.json.next).toBeNull();
    expect(second.json.previous).toBe('http://localhost/api/projects/?limit=2');
  });

  it('refuses a key limited to some projects, as PostHog does on a path that names no project', async () => {
    const { call, createKey } = makeTestServer();
    const res = await call('GET', '/api/projects/', { key: createKey(['project:read'], [2]) });
    expect(res.status).toBe(403);
    expect(res.json).toEqual({
      type: 'authentication_error',
      code: 'permission_denied',
      detail: 'API keys with scoped projects are only supported on project-based endpoints.',
      attr: null,
    });
  });

  it('refuses it even with every scope: the project check comes before the scope check', async () => {
    const { call, createKey } = makeTestServer();
    const res = await call('GET', '/api/projects/', { key: createKey(['error_tracking:read'], [2]) });
    expect(res.status).toBe(403);
    expect(res.json.detail).toBe('API keys with scoped projects are only supported on project-based endpoints.');
  });

  it('shows a legacy key (no scopes) limited to some projects only those, unrefused', async () => {
    const { call, createKey } = makeTestServer();
    const res = await call('GET', '/api/projects/', { key: createKey([], [2]) });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ count: 1, next: null, previous: null, results: [mobile] });
  });

  it('requires project:read', async () => {
    const { call, createKey } = makeTestServer();
    const res = await call('GET', '/api/projects/', { key: createKey(['error_tracking:read']) });
    expect(res.status).toBe(403);
    expect(res.json.detail).toBe("API key missing required scope 'project:read'");
  });

  it('rejects a malformed limit with a 400 naming it', async () => {
    const { call } = makeTestServer();
    const res = await call('GET', '/api/projects/?limit=abc');
    expect(res.status).toBe(400);
    expect(res.json.attr).toBe('limit');
  });
});

describe('GET /api/projects/:id/', () => {
  it('answers the project, with or without a trailing slash', async () => {
    const { call } = makeTestServer();
    expect((await call('GET', '/api/projects/2/')).json).toEqual(mobile);
    expect((await call('GET', '/api/projects/1')).json).toEqual(webApp);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    const { call } = makeTestServer();
    for (const path of ['/api/projects/99/', '/api/projects/web/']) {
      const res = await call('GET', path);
      expect(res.status).toBe(404);
      expect(res.json.code).toBe('not_found');
    }
  });

  it('answers its own project to a project-limited key, and refuses another naming its id', async () => {
    const { call, createKey } = makeTestServer();
    const key = createKey(['project:read'], [1]);
    expect((await call('GET', '/api/projects/1/', { key })).json).toEqual(webApp);
    const res = await call('GET', '/api/projects/2/', { key });
    expect(res.status).toBe(403);
    expect(res.json.detail).toBe('API key does not have access to the requested project: ID 2.');
    expect((await call('GET', '/api/projects/99/', { key })).status).toBe(404);
  });

  it('leaves the environment routes under /api/projects/:id/ to the environment router', async () => {
    const { call } = makeTestServer();
    const res = await call('GET', '/api/projects/1/error_tracking/assignment_rules/');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ count: 0, next: null, previous: null, results: [] });
  });
});

describe('api_token', () => {
  it('is one token per project, the same on every path that answers the project', async () => {
    const { call } = makeTestServer();
    const tokens = (await call('GET', '/api/projects/')).json.results.map((p: { api_token: string }) => p.api_token);
    expect(new Set(tokens).size).toBe(2);
    for (const [index, id] of [1, 2].entries()) {
      for (const path of [`/api/projects/${id}/`, `/api/environments/${id}/`]) {
        expect((await call('GET', path)).json.api_token).toBe(tokens[index]);
      }
      const environments = await call('GET', `/api/projects/${id}/environments/`);
      expect(environments.json.results[0].api_token).toBe(tokens[index]);
    }
  });

  it('is given to a project inserted with plain SQL, and kept when one is given', async () => {
    const { db, call } = makeTestServer();
    db.prepare("INSERT INTO projects (id, name, created_at) VALUES (5, 'Raw', '2026-01-01T00:00:00.000Z')").run();
    db.prepare(
      "INSERT INTO projects (id, name, created_at, api_token) VALUES (6, 'Given', '2026-01-01T00:00:00.000Z', 'phc_mine')",
    ).run();
    expect((await call('GET', '/api/projects/5/')).json.api_token).toMatch(projectToken);
    expect((await call('GET', '/api/projects/6/')).json.api_token).toBe('phc_mine');
  });
});

describe('GET /api/projects/:id/environments/', () => {
  it('pages the project’s environments: here, the one that shares its id', async () => {
    const { call } = makeTestServer();
    const res = await call('GET', '/api/projects/2/environments/?limit=1000');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      count: 1,
      next: null,
      previous: null,
      results: [
        {
          id: 2,
          project_id: 2,
          organization: organization.id,
          name: 'Mobile',
          api_token: expect.stringMatching(projectToken),
        },
      ],
    });
  });

  it('is project-based: a key limited to that project reads it, another project is refused, unknown is 404', async () => {
    const { call, createKey } = makeTestServer();
    const key = createKey(['project:read'], [2]);
    expect((await call('GET', '/api/projects/2/environments/', { key })).status).toBe(200);
    const other = await call('GET', '/api/projects/1/environments/', { key });
    expect(other.status).toBe(403);
    expect(other.json.detail).toBe('API key does not have access to the requested project: ID 1.');
    expect((await call('GET', '/api/projects/99/environments/')).status).toBe(404);
    const noScope = await call('GET', '/api/projects/1/environments/', { key: createKey(['error_tracking:read']) });
    expect(noScope.json.detail).toBe("API key missing required scope 'project:read'");
  });
});
