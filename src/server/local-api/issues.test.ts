import { describe, expect, it } from 'vitest';
import { makeTestServer } from '../test-support';
import {
  addFingerprint,
  addIntegration,
  addIssue,
  addReference,
  errorBody,
  expectEmptyDelete405,
  expectMethodsRefused,
  fingerprintsOf,
  prefixes,
  snapshot,
} from './error-tracking-fixtures.test-support';

const issueA = '11111111-1111-4111-8111-111111111111';
const issueB = '22222222-2222-4222-8222-222222222222';
const issueC = '33333333-3333-4333-8333-333333333333';
const mobileIssue = '99999999-9999-4999-8999-999999999999';
const unknownId = '00000000-0000-4000-8000-000000000000';

function setup() {
  const server = makeTestServer();
  const { db } = server;
  addIssue(db, {
    id: issueA,
    name: 'TypeError: cart is undefined',
    description: 'Checkout page',
    firstSeen: '2026-02-03T00:00:00.000Z',
  });
  addIssue(db, {
    id: issueB,
    name: 'RangeError',
    description: 'Invalid array length in Résumé export',
    status: 'resolved',
    firstSeen: '2026-02-01T00:00:00.000Z',
  });
  addIssue(db, { id: issueC, name: null, firstSeen: '2026-02-03T00:00:00.000Z', assignee: { type: 'user', id: 7 } });
  addIssue(db, { id: mobileIssue, teamId: 2, name: 'Mobile crash', firstSeen: '2026-03-01T00:00:00.000Z' });
  addFingerprint(db, issueA, 'fp-a1', { createdAt: '2026-02-03T00:00:01.000Z', firstSeen: '2026-02-03T00:00:00.000Z' });
  addFingerprint(db, issueA, 'fp-a2', { createdAt: '2026-02-03T00:00:02.000Z', firstSeen: '2026-02-04T00:00:00.000Z' });
  addFingerprint(db, issueB, 'fp-b1', { createdAt: '2026-02-01T00:00:01.000Z', firstSeen: '2026-02-01T00:00:00.000Z' });
  addFingerprint(db, mobileIssue, 'fp-m1', { teamId: 2 });
  const github = addIntegration(db, 'github');
  const referenceId = addReference(db, issueB, github, { repository: 'web', number: 12 });
  return { ...server, github, referenceId };
}

const base = (prefix: string, team = 1) => `${prefix}/${team}/error_tracking/issues`;

describe.each(prefixes)('issues under %s', (prefix) => {
  it('lists in id order (PostHog promises none), with external issues, first_seen from the fingerprints', async () => {
    const { call, github, referenceId } = setup();
    const res = await call('GET', `${base(prefix)}/`);
    expect(res.status).toBe(200);
    expect(res.json.count).toBe(3);
    expect(res.json.next).toBeNull();
    expect(res.json.results.map((issue: any) => issue.id)).toEqual([issueA, issueB, issueC]);
    expect(res.json.results[1]).toEqual({
      id: issueB,
      status: 'resolved',
      name: 'RangeError',
      description: 'Invalid array length in Résumé export',
      first_seen: '2026-02-01T00:00:00.000Z',
      assignee: null,
      external_issues: [
        {
          id: referenceId,
          external_url: 'https://github.com/acme/web/issues/12',
          integration: { id: github, kind: 'github', display_name: 'github integration' },
        },
      ],
    });
    expect(res.json.results[2].assignee).toEqual({ type: 'user', id: 7 });
    // The earliest of its fingerprints' first_seen, not the issue's own column; null with no fingerprint.
    expect(res.json.results[0].first_seen).toBe('2026-02-03T00:00:00.000Z');
    expect(res.json.results[2].first_seen).toBeNull();
    expect(res.json.results.some((issue: any) => 'fingerprint_count' in issue)).toBe(false);
  });

  it('paginates with absolute next/previous URLs', async () => {
    const { call } = setup();
    const first = await call('GET', `${base(prefix)}/?limit=2`);
    expect(first.json.results.map((issue: any) => issue.id)).toEqual([issueA, issueB]);
    expect(first.json.next).toBe(`http://localhost${base(prefix)}/?limit=2&offset=2`);
    const second = await call('GET', `${base(prefix)}/?limit=2&offset=2`);
    expect(second.json.results.map((issue: any) => issue.id)).toEqual([issueC]);
    expect(second.json.previous).toBe(`http://localhost${base(prefix)}/?limit=2`);
    expect(second.json.next).toBeNull();
  });

  it('ignores ?search=, ?status= and ?assignee_*: PostHog’s list takes only limit/offset', async () => {
    const { call } = setup();
    const all = (await call('GET', `${base(prefix)}/`)).json;
    for (const query of ['search=typeerror', 'status=resolved', 'status=open', 'assignee_type=user&assignee_id=7']) {
      const res = await call('GET', `${base(prefix)}/?${query}`);
      expect({ query, status: res.status, results: res.json.results }).toEqual({
        query,
        status: 200,
        results: all.results,
      });
    }
  });

  it('retrieves one issue; unknown, malformed or other-environment ids are 404', async () => {
    const { call } = setup();
    const res = await call('GET', `${base(prefix)}/${issueA}/`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: issueA,
      name: 'TypeError: cart is undefined',
      external_issues: [],
      first_seen: '2026-02-03T00:00:00.000Z',
    });
    for (const path of [
      `${base(prefix)}/${unknownId}/`,
      `${base(prefix)}/not-a-uuid/`,
      `${base(prefix)}/${mobileIssue}/`,
    ]) {
      const missing = await call('GET', path);
      expect(missing.status).toBe(404);
      expect(missing.json).toEqual(errorBody.notFound());
    }
    const throughMobile = await call('GET', `${base(prefix, 2)}/${mobileIssue}`);
    expect(throughMobile.json.name).toBe('Mobile crash');
  });

  it('does not list another environment’s issues', async () => {
    const { call } = setup();
    const res = await call('GET', `${base(prefix, 2)}/`);
    expect(res.json.results.map((issue: any) => issue.id)).toEqual([mobileIssue]);
  });
});

describe('PATCH issue', () => {
  it('updates status, name and description and answers the updated issue', async () => {
    const { call, db } = setup();
    const res = await call('PATCH', `${base('/api/environments')}/${issueA}/`, {
      body: { status: 'resolved', name: 'Renamed', description: null, first_seen: '1999-01-01', id: unknownId },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: issueA,
      status: 'resolved',
      name: 'Renamed',
      description: null,
      first_seen: '2026-02-03T00:00:00.000Z',
    });
    expect(db.prepare('SELECT status, name, description, first_seen FROM issues WHERE id = ?').get(issueA)).toEqual({
      status: 'resolved',
      name: 'Renamed',
      description: null,
      first_seen: '2026-02-03T00:00:00.000Z',
    });
  });

  it('changes only the fields sent; PUT behaves the same', async () => {
    const { call } = setup();
    const res = await call('PUT', `/api/projects/1/error_tracking/issues/${issueB}`, {
      body: { status: 'suppressed' },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      status: 'suppressed',
      name: 'RangeError',
      description: 'Invalid array length in Résumé export',
    });
  });

  it('refuses a status PostHog does not let you write (archived, pending_release) or knows not, changing nothing', async () => {
    const { call, db } = setup();
    const before = snapshot(db);
    for (const status of ['archived', 'pending_release', 'closed']) {
      const res = await call('PATCH', `${base('/api/environments')}/${issueA}/`, { body: { status, name: 'x' } });
      expect(res.status).toBe(400);
      expect(res.json).toEqual(errorBody.validation(`"${status}" is not a valid choice.`, 'status'));
    }
    expect(snapshot(db)).toEqual(before);
  });

  it('answers 404 for an issue of another environment and changes nothing', async () => {
    const { call, db } = setup();
    const before = snapshot(db);
    const res = await call('PATCH', `${base('/api/environments')}/${mobileIssue}/`, { body: { name: 'stolen' } });
    expect(res.status).toBe(404);
    expect((await call('PATCH', `${base('/api/environments')}/nope/`, { body: { name: 'x' } })).status).toBe(404);
    expect(snapshot(db)).toEqual(before);
  });
});

describe('PATCH issue assign', () => {
  it('assigns a user (digit strings accepted), a role, or nobody, answering {"success": true}', async () => {
    const { call, db } = setup();
    const path = `${base('/api/projects')}/${issueA}/assign/`;
    const assigneeOf = () => db.prepare('SELECT assignee FROM issues WHERE id = ?').get(issueA);

    const user = await call('PATCH', path, { body: { assignee: { type: 'user', id: '42' } } });
    expect(user.status).toBe(200);
    expect(user.json).toEqual({ success: true });
    expect(assigneeOf()).toEqual({ assignee: '{"type":"user","id":42}' });
    expect((await call('GET', `${base('/api/projects')}/${issueA}`)).json.assignee).toEqual({ type: 'user', id: 42 });

    const roleId = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
    await call('PATCH', path, { body: { assignee: { type: 'role', id: roleId } } });
    expect((await call('GET', `${base('/api/projects')}/${issueA}`)).json.assignee).toEqual({
      type: 'role',
      id: roleId,
    });

    const nobody = await call('PATCH', path, { body: { assignee: null } });
    expect(nobody.json).toEqual({ success: true });
    expect(assigneeOf()).toEqual({ assignee: null });
  });

  it('refuses malformed assignees with the contract attrs and changes nothing', async () => {
    const { call, db } = setup();
    const before = snapshot(db);
    const path = `${base('/api/environments')}/${issueC}/assign`;
    const cases: Array<[unknown, string, string]> = [
      [{ assignee: { type: 'user', id: 'abc' } }, 'assignee__id', 'User assignee IDs must be integers.'],
      [{ assignee: { type: 'role', id: 12 } }, 'assignee__id', 'Role assignee IDs must be UUIDs.'],
      [{ assignee: { type: 'group', id: 1 } }, 'assignee__type', '"group" is not a valid choice.'],
    ];
    for (const [body, attr, detail] of cases) {
      const res = await call('PATCH', path, { body });
      expect(res.status).toBe(400);
      expect(res.json).toEqual(errorBody.validation(detail, attr));
    }
    const missing = await call('PATCH', path, { body: {} });
    expect(missing.json).toEqual(errorBody.validation('This field is required.', 'assignee', 'required'));
    expect(
      (await call('PATCH', `${base('/api/environments')}/${mobileIssue}/assign`, { body: { assignee: null } })).status,
    ).toBe(404);
    expect(snapshot(db)).toEqual(before);
  });
});

describe('POST issue merge', () => {
  it('moves fingerprints and references into the target, deletes the merged issues, keeps the earliest first_seen', async () => {
    const { call, db, referenceId } = setup();
    const res = await call('POST', `${base('/api/environments')}/${issueA}/merge/`, {
      body: { ids: [issueB, issueC, issueA] },
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ success: true });
    expect(await fingerprintsOf(call, issueA)).toEqual(['fp-a1', 'fp-a2', 'fp-b1']);
    expect(await fingerprintsOf(call, issueB)).toEqual([]);
    expect((await call('GET', `${base('/api/environments')}/${issueB}/`)).status).toBe(404);
    expect((await call('GET', `${base('/api/environments')}/${issueC}/`)).status).toBe(404);
    const target = await call('GET', `${base('/api/environments')}/${issueA}/`);
    expect(target.json).toMatchObject({
      first_seen: '2026-02-01T00:00:00.000Z',
      name: 'TypeError: cart is undefined',
    });
    expect(target.json.external_issues.map((ref: any) => ref.id)).toEqual([referenceId]);
    expect(db.prepare('SELECT issue_id FROM external_references WHERE id = ?').get(referenceId)).toEqual({
      issue_id: issueA,
    });
  });

  it('refuses an issue of another environment or an unknown id, moving nothing', async () => {
    const { call, db } = setup();
    const before = snapshot(db);
    for (const foreign of [mobileIssue, unknownId]) {
      const res = await call('POST', `${base('/api/environments')}/${issueA}/merge`, {
        body: { ids: [issueB, foreign] },
      });
      expect(res.status).toBe(400);
      expect(res.json).toEqual(errorBody.validation(`Issue ${foreign} does not exist in this environment.`, 'ids'));
    }
    expect(snapshot(db)).toEqual(before);
    expect(await fingerprintsOf(call, issueB)).toEqual(['fp-b1']);
  });

  it('refuses a malformed body and a target in another environment', async () => {
    const { call, db } = setup();
    const before = snapshot(db);
    const path = `${base('/api/environments')}/${issueA}/merge`;
    expect((await call('POST', path, { body: { ids: [] } })).json).toMatchObject({
      attr: 'ids',
      detail: 'Choose at least one issue to merge.',
    });
    expect((await call('POST', path, { body: { ids: ['x'] } })).json).toMatchObject({
      attr: 'ids__0',
      detail: 'Must be a valid UUID.',
    });
    expect((await call('POST', path, { body: {} })).json).toMatchObject({ attr: 'ids', code: 'required' });
    expect(
      (await call('POST', `${base('/api/environments', 2)}/${issueA}/merge`, { body: { ids: [mobileIssue] } })).status,
    ).toBe(404);
    expect(snapshot(db)).toEqual(before);
  });

  it('merging an issue only into itself changes nothing', async () => {
    const { call, db } = setup();
    const before = snapshot(db);
    const res = await call('POST', `/api/projects/1/error_tracking/issues/${issueA}/merge`, {
      body: { ids: [issueA] },
    });
    expect(res.json).toEqual({ success: true });
    expect(snapshot(db)).toEqual(before);
  });
});

describe('POST issue split', () => {
  it('moves each listed fingerprint to a new issue named from the entry or the old issue', async () => {
    const { call } = setup();
    const res = await call('POST', `${base('/api/projects')}/${issueA}/split/`, {
      body: { fingerprints: [{ fingerprint: 'fp-a1', name: 'Cart bug' }, { fingerprint: 'fp-a2' }] },
    });
    expect(res.status).toBe(200);
    expect(res.json.success).toBe(true);
    expect(res.json.new_issue_ids).toHaveLength(2);
    const [first, second] = res.json.new_issue_ids as string[];
    expect(await fingerprintsOf(call, first!)).toEqual(['fp-a1']);
    expect(await fingerprintsOf(call, second!)).toEqual(['fp-a2']);
    expect(await fingerprintsOf(call, issueA)).toEqual([]);
    const created = await call('GET', `${base('/api/projects')}/${first}/`);
    expect(created.json).toEqual({
      id: first,
      status: 'active',
      name: 'Cart bug',
      description: 'Checkout page',
      first_seen: '2026-02-03T00:00:00.000Z',
      assignee: null,
      external_issues: [],
    });
    expect((await call('GET', `${base('/api/projects')}/${second}/`)).json).toMatchObject({
      name: 'TypeError: cart is undefined',
      first_seen: '2026-02-04T00:00:00.000Z',
    });
    expect((await call('GET', `${base('/api/projects')}/${issueA}/`)).json.first_seen).toBeNull();
  });

  it('refuses a fingerprint the issue does not hold (another issue’s or another environment’s), moving nothing', async () => {
    const { call, db } = setup();
    const before = snapshot(db);
    for (const fingerprint of ['fp-b1', 'fp-m1', 'nope']) {
      const res = await call('POST', `${base('/api/environments')}/${issueA}/split`, {
        body: { fingerprints: [{ fingerprint: 'fp-a1' }, { fingerprint }] },
      });
      expect(res.status).toBe(400);
      expect(res.json).toEqual(
        errorBody.validation(`Fingerprint "${fingerprint}" does not belong to this issue.`, 'fingerprints'),
      );
    }
    expect(
      (await call('POST', `${base('/api/environments')}/${issueA}/split`, { body: { fingerprints: [] } })).status,
    ).toBe(400);
    expect(
      (
        await call('POST', `${base('/api/environments', 2)}/${issueA}/split`, {
          body: { fingerprints: [{ fingerprint: 'fp-a1' }] },
        })
      ).status,
    ).toBe(404);
    expect(snapshot(db)).toEqual(before);
  });
});

describe('issue methods that do not exist', () => {
  it('DELETE on an issue is an empty 405, as PostHog’s ForbidDestroyModel answers', async () => {
    const { call, db } = setup();
    await expectEmptyDelete405(call, `${base('/api/environments')}/${issueA}/`);
    expect(db.prepare('SELECT COUNT(*) AS n FROM issues WHERE id = ?').get(issueA)).toEqual({ n: 1 });
  });

  it('other unsupported methods answer the JSON method_not_allowed', async () => {
    const { call } = setup();
    const cases: Array<[string, string]> = [
      ['POST', '/'],
      ['DELETE', '/'],
      ['POST', `/${issueA}/`],
      ['GET', `/${issueA}/merge/`],
      ['POST', `/${issueA}/assign/`],
      ['GET', `/${issueA}/split`],
    ];
    await expectMethodsRefused(
      call,
      cases.map(([method, path]) => [method, `${base('/api/projects')}${path}`]),
    );
  });

  it('a read-only key may list but not change issues', async () => {
    const { call, createKey } = setup();
    const readOnly = createKey(['error_tracking:read']);
    expect((await call('GET', `${base('/api/environments')}/`, { key: readOnly })).status).toBe(200);
    const res = await call('PATCH', `${base('/api/environments')}/${issueA}/`, { key: readOnly, body: { name: 'x' } });
    expect(res.status).toBe(403);
  });
});
