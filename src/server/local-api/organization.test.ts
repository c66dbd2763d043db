import { describe, expect, it } from 'vitest';
import { insertUser, type UserRow } from '../store/members-repository';
import { insertRole, roleMembershipId } from '../store/roles-repository';
import { makeTestServer } from '../test-support';

const maya: UserRow = {
  id: 1,
  uuid: '11111111-1111-4111-8111-111111111111',
  membership_id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  first_name: 'Maya',
  last_name: 'Okafor',
  email: 'maya@example.com',
  level: 15,
};
const daniel: UserRow = {
  id: 2,
  uuid: '22222222-2222-4222-8222-222222222222',
  membership_id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  first_name: 'Daniel',
  last_name: '',
  email: 'daniel@example.com',
  level: 1,
};
const userOf = ({ id, uuid, first_name, last_name, email }: UserRow) => ({ id, uuid, first_name, last_name, email });
const frontendId = 'f0f0f0f0-0000-4000-8000-000000000001';
const backendId = 'b0b0b0b0-0000-4000-8000-000000000002';

function setup() {
  const server = makeTestServer();
  insertUser(server.db, maya);
  insertUser(server.db, daniel);
  insertRole(server.db, { id: frontendId, name: 'Frontend', created_at: '2026-01-02T00:00:00.000Z' }, [1, 2]);
  insertRole(server.db, { id: backendId, name: 'Backend', created_at: '2026-01-03T00:00:00.000Z' }, []);
  return server;
}

describe('GET /api/organizations/@current/members/', () => {
  it('lists members with their integer user id and membership uuid', async () => {
    const { call } = setup();
    const res = await call('GET', '/api/organizations/@current/members/');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      count: 2,
      next: null,
      previous: null,
      results: [
        { id: maya.membership_id, user: userOf(maya), level: 15 },
        { id: daniel.membership_id, user: userOf(daniel), level: 1 },
      ],
    });
  });

  it('paginates', async () => {
    const { call } = setup();
    const res = await call('GET', '/api/organizations/@current/members?limit=1&offset=1');
    expect(res.json.count).toBe(2);
    expect(res.json.results.map((m: { user: { id: number } }) => m.user.id)).toEqual([2]);
    expect(res.json.previous).toBe('http://localhost/api/organizations/@current/members?limit=1');
    expect(res.json.next).toBeNull();
  });

  it('requires organization_member:read, not organization:read', async () => {
    const { call, createKey } = setup();
    for (const scopes of [['error_tracking:read'], ['organization:read']]) {
      const res = await call('GET', '/api/organizations/@current/members/', { key: createKey(scopes) });
      expect(res.status).toBe(403);
      expect(res.json.detail).toBe("API key missing required scope 'organization_member:read'");
    }
    const allowed = await call('GET', '/api/organizations/@current/members/', {
      key: createKey(['organization_member:read']),
    });
    expect(allowed.status).toBe(200);
  });
});

describe('GET /api/organizations/@current/roles/', () => {
  it('lists roles by name with their members', async () => {
    const { call } = setup();
    const res = await call('GET', '/api/organizations/@current/roles/');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      count: 2,
      next: null,
      previous: null,
      results: [
        { id: backendId, name: 'Backend', members: [] },
        {
          id: frontendId,
          name: 'Frontend',
          members: [
            { id: roleMembershipId(frontendId, 1), user: userOf(maya) },
            { id: roleMembershipId(frontendId, 2), user: userOf(daniel) },
          ],
        },
      ],
    });
  });

  it('gives each role membership a distinct, stable uuid', () => {
    const ids = [roleMembershipId(frontendId, 1), roleMembershipId(frontendId, 2), roleMembershipId(backendId, 1)];
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(roleMembershipId(frontendId, 1)).toBe(ids[0]);
  });

  it('answers an empty page when there are no roles', async () => {
    const { call } = makeTestServer();
    const res = await call('GET', '/api/organizations/@current/roles/');
    expect(res.json).toEqual({ count: 0, next: null, previous: null, results: [] });
  });

  it('requires organization:read', async () => {
    const { call, createKey } = setup();
    const denied = await call('GET', '/api/organizations/@current/roles/', {
      key: createKey(['organization_member:read']),
    });
    expect(denied.status).toBe(403);
    expect(denied.json.detail).toBe("API key missing required scope 'organization:read'");
    const allowed = await call('GET', '/api/organizations/@current/roles/?limit=1', {
      key: createKey(['organization:read']),
    });
    expect(allowed.status).toBe(200);
    expect(allowed.json.results.map((r: { name: string }) => r.name)).toEqual(['Backend']);
    expect(allowed.json.next).toBe('http://localhost/api/organizations/@current/roles/?limit=1&offset=1');
  });
});

describe('organization endpoints with a key limited to some projects', () => {
  it('refuses members and roles even with every scope, as PostHog refuses every path that names no project', async () => {
    const { call, createKey } = setup();
    const key = createKey(['*'], [1]);
    for (const path of ['/api/organizations/@current/members/', '/api/organizations/@current/roles/']) {
      const res = await call('GET', path, { key });
      expect(res.status).toBe(403);
      expect(res.json.detail).toBe('API keys with scoped projects are only supported on project-based endpoints.');
    }
    expect((await call('GET', '/api/projects/1/error_tracking/assignment_rules/', { key })).status).toBe(200);
    expect((await call('GET', '/api/personal_api_keys/@current/', { key })).json.scoped_teams).toEqual([1]);
  });
});
