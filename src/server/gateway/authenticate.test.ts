import { describe, expect, it } from 'vitest';
import { makeTestServer } from '../test-support';

describe('authentication', () => {
  it('answers 401 not_authenticated without a key or session', async () => {
    const { call } = makeTestServer();
    const res = await call('GET', '/api/projects/1/error_tracking/assignment_rules/', { key: null });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({
      type: 'authentication_error',
      code: 'not_authenticated',
      detail: 'Authentication credentials were not provided.',
      attr: null,
    });
  });

  it('answers 401 authentication_failed for an unknown key', async () => {
    const { call } = makeTestServer();
    const res = await call('GET', '/api/projects/1/error_tracking/assignment_rules/', { key: 'phx_nope' });
    expect(res.status).toBe(401);
    expect(res.json.code).toBe('authentication_failed');
    expect(res.json.detail).toBe('Invalid personal API key.');
  });

  it('refuses a write with a read-only key, naming the scope', async () => {
    const { call, createKey } = makeTestServer();
    const readOnly = createKey(['error_tracking:read']);
    const res = await call(
      'DELETE',
      '/api/projects/1/error_tracking/assignment_rules/00000000-0000-4000-8000-000000000000/',
      { key: readOnly },
    );
    expect(res.status).toBe(403);
    expect(res.json).toEqual({
      type: 'authentication_error',
      code: 'permission_denied',
      detail: "API key missing required scope 'error_tracking:write'",
      attr: null,
    });
  });

  it('refuses another environment to an environment-limited key', async () => {
    const { call, createKey } = makeTestServer();
    const envOne = createKey(['*'], [1]);
    const res = await call('GET', '/api/environments/2/error_tracking/suppression_rules/', { key: envOne });
    expect(res.status).toBe(403);
    expect(res.json.detail).toBe('API key does not have access to the requested project: ID 2.');
  });

  it('answers 404 for an unknown environment', async () => {
    const { call } = makeTestServer();
    const res = await call('GET', '/api/environments/99/error_tracking/suppression_rules/');
    expect(res.status).toBe(404);
    expect(res.json.code).toBe('not_found');
  });
});
