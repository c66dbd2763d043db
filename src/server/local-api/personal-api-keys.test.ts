import { describe, expect, it } from 'vitest';
import { createPersonalApiKey } from '../gateway/personal-api-keys';
import { loadSessionSecret, sessionCookieName } from '../gateway/session';
import { makeTestServer } from '../test-support';

const path = '/api/personal_api_keys/@current/';

describe('GET /api/personal_api_keys/@current/', () => {
  it('describes the calling key without its secret or hash', async () => {
    const { db, call } = makeTestServer();
    const { key, secret } = createPersonalApiKey(db, {
      label: 'CI reader',
      scopes: ['error_tracking:read'],
      scopedTeams: [2],
    });
    const res = await call('GET', path, { key: secret });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      id: key.id,
      label: 'CI reader',
      mask_value: key.mask_value,
      scopes: ['error_tracking:read'],
      scoped_teams: [2],
      scoped_organizations: null,
      created_at: key.created_at,
      last_used_at: expect.any(String),
    });
    const hash = (
      db.prepare('SELECT secure_value FROM personal_api_keys WHERE id = ?').get(key.id) as { secure_value: string }
    ).secure_value;
    expect(res.text).not.toContain(secret);
    expect(res.text).not.toContain(hash);
    expect(key.mask_value).toBe(`phx_...${secret.slice(-4)}`);
  });

  it('needs no scope: a key that may not read members may still read itself', async () => {
    const { call, createKey } = makeTestServer();
    const key = createKey(['error_tracking:read']);
    expect((await call('GET', '/api/organizations/@current/members/', { key })).status).toBe(403);
    const res = await call('GET', '/api/personal_api_keys/@current', { key });
    expect(res.status).toBe(200);
    expect(res.json.scopes).toEqual(['error_tracking:read']);
    expect(res.json.scoped_teams).toBeNull();
  });

  it('reports a legacy key without scopes as ["*"]', async () => {
    const { db, call } = makeTestServer();
    const { secret } = createPersonalApiKey(db, { label: 'legacy', scopes: [], scopedTeams: null });
    const res = await call('GET', path, { key: secret });
    expect(res.status).toBe(200);
    expect(res.json.scopes).toEqual(['*']);
  });

  it('describes the dashboard session as a full-access pseudo key', async () => {
    const { db, call } = makeTestServer();
    const cookie = `${sessionCookieName}=${loadSessionSecret(db)}`;
    const res = await call('GET', path, { key: null, headers: { Cookie: cookie } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      id: 'session',
      label: 'Dashboard session',
      mask_value: null,
      scopes: ['*'],
      scoped_teams: null,
      scoped_organizations: null,
    });
  });

  it('answers 401 without a key or session', async () => {
    const { call } = makeTestServer();
    const res = await call('GET', path, { key: null });
    expect(res.status).toBe(401);
    expect(res.json.code).toBe('not_authenticated');
  });
});
