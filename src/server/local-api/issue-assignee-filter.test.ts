import { describe, expect, it } from 'vitest';
import { makeTestServer } from '../test-support';
import { addIssue, errorBody, prefixes } from './error-tracking-fixtures.test-support';

const roleId = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const otherRole = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

function setup() {
  const server = makeTestServer();
  const issue = (n: number, assignee: unknown, fields: { status?: string; name?: string; teamId?: number } = {}) =>
    addIssue(server.db, {
      id: `0000000${n}-0000-4000-8000-000000000000`,
      name: fields.name ?? `Issue ${n}`,
      status: fields.status ?? 'active',
      teamId: fields.teamId ?? 1,
      assignee,
      firstSeen: `2026-02-0${n}T00:00:00.000Z`,
    });
  const ids = {
    user7: issue(1, { type: 'user', id: 7 }),
    user42: issue(2, { type: 'user', id: 42 }),
    role: issue(3, { type: 'role', id: roleId }),
    user7Resolved: issue(4, { type: 'user', id: 7 }, { status: 'resolved', name: 'Crash in cart' }),
    nobody: issue(5, null),
    otherRole: issue(6, { type: 'role', id: otherRole }),
    mobileUser7: issue(7, { type: 'user', id: 7 }, { teamId: 2 }),
  };
  return { ...server, ids };
}

const ids = (res: { json: any }) => res.json.results.map((issue: any) => issue.id);

describe.each(prefixes)('GET %s/:id/error_tracking/issues/?assignee_type=&assignee_id=', (prefix) => {
  const path = `${prefix}/1/error_tracking/issues/`;

  it('lists the issues of one user, newest first, with a matching count', async () => {
    const { call, ids: issues } = setup();
    const res = await call('GET', `${path}?assignee_type=user&assignee_id=7`);
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual([issues.user7Resolved, issues.user7]);
    expect(res.json.count).toBe(2);
    expect(res.json.results[0].assignee).toEqual({ type: 'user', id: 7 });
  });

  it('lists the issues of one role, and combines with status, search and pagination', async () => {
    const { call, ids: issues } = setup();
    expect(ids(await call('GET', `${path}?assignee_type=role&assignee_id=${roleId}`))).toEqual([issues.role]);
    const resolved = await call('GET', `${path}?assignee_type=user&assignee_id=7&status=resolved`);
    expect(ids(resolved)).toEqual([issues.user7Resolved]);
    const searched = await call('GET', `${path}?assignee_type=user&assignee_id=7&search=cart`);
    expect(ids(searched)).toEqual([issues.user7Resolved]);
    const paged = await call('GET', `${path}?assignee_type=user&assignee_id=7&limit=1&offset=1`);
    expect(ids(paged)).toEqual([issues.user7]);
    expect(paged.json.count).toBe(2);
    expect(paged.json.previous).toBe(`http://localhost${path}?assignee_type=user&assignee_id=7&limit=1`);
  });

  it('a user id is not a role id: user 7 never matches a role, nor another environment', async () => {
    const { call } = setup();
    expect(ids(await call('GET', `${path}?assignee_type=user&assignee_id=99`))).toEqual([]);
    const res = await call('GET', `${prefix}/2/error_tracking/issues/?assignee_type=role&assignee_id=${roleId}`);
    expect(res.json).toMatchObject({ count: 0, results: [] });
  });

  it('refuses malformed assignee parameters with the contract attrs', async () => {
    const { call } = setup();
    const cases: Array<[string, unknown]> = [
      ['assignee_type=group&assignee_id=1', errorBody.validation('"group" is not a valid choice.', 'assignee_type')],
      [
        'assignee_type=user&assignee_id=abc',
        errorBody.validation('User assignee IDs must be integers.', 'assignee_id'),
      ],
      ['assignee_type=user&assignee_id=', errorBody.validation('User assignee IDs must be integers.', 'assignee_id')],
      ['assignee_type=role&assignee_id=12', errorBody.validation('Role assignee IDs must be UUIDs.', 'assignee_id')],
      ['assignee_type=user', errorBody.validation('This field is required.', 'assignee_id', 'required')],
      ['assignee_id=7', errorBody.validation('This field is required.', 'assignee_type', 'required')],
    ];
    for (const [query, body] of cases) {
      const res = await call('GET', `${path}?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.json, query).toEqual(body);
    }
  });
});

describe('POST …/query/issues/ with assignee', () => {
  const path = '/api/environments/1/error_tracking/query/issues/';

  it('filters by a user (digit strings accepted) or a role; null means anyone', async () => {
    const { call, ids: issues } = setup();
    const user = await call('POST', path, { body: { assignee: { type: 'user', id: '7' } } });
    expect(user.status).toBe(200);
    expect(ids(user)).toEqual([issues.user7Resolved, issues.user7]);
    const role = await call('POST', path, { body: { assignee: { type: 'role', id: otherRole }, limit: 5 } });
    expect(ids(role)).toEqual([issues.otherRole]);
    const anyone = await call('POST', path, { body: { assignee: null } });
    expect(ids(anyone)).toHaveLength(6);
  });

  it('refuses a malformed assignee with the contract attrs', async () => {
    const { call } = setup();
    const bad = await call('POST', path, { body: { assignee: { type: 'user', id: 'x' } } });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual(errorBody.validation('User assignee IDs must be integers.', 'assignee__id'));
    const type = await call('POST', path, { body: { assignee: { type: 'team', id: 1 } } });
    expect(type.json).toEqual(errorBody.validation('"team" is not a valid choice.', 'assignee__type'));
  });
});
