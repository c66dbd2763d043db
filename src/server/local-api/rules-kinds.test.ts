import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chrome, invalid, required, setupRules, typeError, validBody } from './rules-test-helpers';

const roleId = '018f0000-0000-7000-8000-0000000000aa';

describe.each(['assignment', 'suppression'] as const)('%s rules list pagination', (kind) => {
  const base = (path: string) => `http://localhost${path}/`;

  it('pages with limit/offset and absolute next/previous URLs', async () => {
    const { call, path, create, db } = setupRules(kind);
    const ids: string[] = [];
    // Suppression create ignores order_key (as PostHog), so the keys are set directly.
    for (const orderKey of [0, 1, 2]) {
      const { id } = await create({ ...validBody[kind], order_key: orderKey });
      db.prepare('UPDATE rules SET order_key = ? WHERE id = ?').run(orderKey, id);
      ids.push(id);
    }

    const first = await call('GET', `${path()}/?limit=2`);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({
      count: 3,
      next: `${base(path())}?limit=2&offset=2`,
      previous: null,
      results: [expect.objectContaining({ id: ids[0] }), expect.objectContaining({ id: ids[1] })],
    });

    const second = await call('GET', first.json.next.replace('http://localhost', ''));
    expect(second.json).toEqual({
      count: 3,
      next: null,
      previous: `${base(path())}?limit=2`,
      results: [expect.objectContaining({ id: ids[2] })],
    });

    const projects = await call('GET', `${path(1, 'projects')}?limit=1&offset=1`);
    expect(projects.json.next).toBe(`http://localhost${path(1, 'projects')}?limit=1&offset=2`);
    expect(projects.json.previous).toBe(`http://localhost${path(1, 'projects')}?limit=1`);
    expect(projects.json.results.map((rule: { id: string }) => rule.id)).toEqual([ids[1]]);
  });

  it('defaults to a limit of 100', async () => {
    const { call, path, db } = setupRules(kind);
    const insert = db.prepare(
      'INSERT INTO rules (id, team_id, kind, filters, order_key, created_at) VALUES (?, 1, ?, \'{"type":"AND","values":[]}\', ?, \'2026-01-01T00:00:00.000Z\')',
    );
    db.transaction(() => {
      for (let i = 0; i < 101; i++) insert.run(randomUUID(), kind, i);
    })();
    const res = await call('GET', `${path()}/`);
    expect(res.json.count).toBe(101);
    expect(res.json.results).toHaveLength(100);
    expect(res.json.results[99].order_key).toBe(99);
    expect(res.json.next).toBe(`${base(path())}?limit=100&offset=100`);
    expect(res.json.previous).toBeNull();
  });

  it.each([
    ['limit=abc', 'limit'],
    ['limit=0', 'limit'],
    ['limit=1.5', 'limit'],
    ['offset=-1', 'offset'],
    ['offset=x', 'offset'],
  ])('answers 400 for ?%s', async (query, attr) => {
    const { call, path } = setupRules(kind);
    const res = await call('GET', `${path()}/?${query}`);
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ type: 'validation_error', attr });
  });
});

describe.each(['assignment', 'grouping'] as const)('%s rule assignees', (kind) => {
  it('accepts user ids as integers or digit strings, and role UUIDs', async () => {
    const { create } = setupRules(kind);
    expect((await create({ filters: typeError, assignee: { type: 'user', id: '42' } })).assignee).toEqual({
      type: 'user',
      id: 42,
    });
    expect((await create({ filters: typeError, assignee: { type: 'user', id: 5 } })).assignee).toEqual({
      type: 'user',
      id: 5,
    });
    expect((await create({ filters: typeError, assignee: { type: 'role', id: roleId } })).assignee).toEqual({
      type: 'role',
      id: roleId,
    });
    expect((await create({ filters: typeError, assignee: null })).assignee).toBeNull();
  });

  it.each([
    [{ type: 'user', id: 'abc' }, invalid('User assignee IDs must be integers.', 'assignee__id')],
    [{ type: 'user', id: '1.5' }, invalid('User assignee IDs must be integers.', 'assignee__id')],
    [{ type: 'user', id: roleId }, invalid('User assignee IDs must be integers.', 'assignee__id')],
    [{ type: 'role', id: 'nope' }, invalid('Role assignee IDs must be UUIDs.', 'assignee__id')],
    [{ type: 'role', id: 5 }, invalid('Role assignee IDs must be UUIDs.', 'assignee__id')],
    [{ type: 'group', id: 5 }, invalid('"group" is not a valid choice.', 'assignee__type')],
  ])('answers 400 for assignee %j, creating nothing', async (assignee, error) => {
    const { call, path, snapshot } = setupRules(kind);
    const res = await call('POST', `${path()}/`, { body: { filters: typeError, assignee } });
    expect(res.status).toBe(400);
    expect(res.json).toEqual(error);
    expect(snapshot()).toEqual([]);
  });

  it('requires filters on create', async () => {
    const { call, path, snapshot } = setupRules(kind);
    const res = await call('POST', `${path()}/`, { body: { assignee: null } });
    expect(res.status).toBe(400);
    expect(res.json).toEqual(required('filters'));
    expect(snapshot()).toEqual([]);
  });
});

describe('assignment rules', () => {
  it('requires an assignee on create (null allowed)', async () => {
    const { call, path, snapshot } = setupRules('assignment');
    const res = await call('POST', `${path()}/`, { body: { filters: typeError } });
    expect(res.status).toBe(400);
    expect(res.json).toEqual(required('assignee'));
    expect(snapshot()).toEqual([]);
  });

  it('answers 400 attr order_key for a non-integer order_key', async () => {
    const { call, path, snapshot } = setupRules('assignment');
    const res = await call('POST', `${path()}/`, { body: { ...validBody.assignment, order_key: 'first' } });
    expect(res.json).toEqual(invalid('A valid integer is required.', 'order_key'));
    expect(snapshot()).toEqual([]);
  });

  it('updates the assignee (digit strings become integers, null unassigns), leaving filters alone', async () => {
    const { call, path, create } = setupRules('assignment');
    const created = await create();
    expect(
      (await call('PATCH', `${path()}/${created.id}/`, { body: { assignee: { type: 'user', id: '9' } } })).status,
    ).toBe(204);
    let rule = (await call('GET', `${path()}/${created.id}/`)).json;
    expect(rule.assignee).toEqual({ type: 'user', id: 9 });
    expect(rule.filters).toEqual(typeError);
    expect((await call('PUT', `${path()}/${created.id}/`, { body: { assignee: null } })).status).toBe(204);
    rule = (await call('GET', `${path()}/${created.id}/`)).json;
    expect(rule.assignee).toBeNull();
  });

  it('refuses an invalid assignee on update, changing nothing', async () => {
    const { call, path, create, snapshot } = setupRules('assignment');
    const created = await create();
    const before = snapshot();
    const res = await call('PATCH', `${path()}/${created.id}/`, { body: { assignee: { type: 'role', id: '12' } } });
    expect(res.json).toEqual(invalid('Role assignee IDs must be UUIDs.', 'assignee__id'));
    expect(snapshot()).toEqual(before);
  });
});

describe('grouping rules', () => {
  const emptyFilters = invalid('Filters must contain at least one filter value.', 'filters');

  function insertIssue(db: ReturnType<typeof setupRules>['db'], teamId: number, ruleId: string, name: string | null) {
    const issueId = randomUUID();
    const now = '2026-02-01T00:00:00.000Z';
    db.prepare('INSERT INTO issues (id, team_id, name, first_seen, created_at) VALUES (?, ?, ?, ?, ?)').run(
      issueId,
      teamId,
      name,
      now,
      now,
    );
    db.prepare('INSERT INTO fingerprints (id, team_id, fingerprint, issue_id, created_at) VALUES (?, ?, ?, ?, ?)').run(
      randomUUID(),
      teamId,
      `custom-rule:${ruleId}`,
      issueId,
      now,
    );
    return issueId;
  }

  it('lists {"results": [...]} unpaginated, ignoring limit/offset', async () => {
    const { call, path, create, db } = setupRules('grouping');
    const a = await create();
    const b = await create();
    // Grouping create ignores order_key (as PostHog): order them directly, against creation order.
    db.prepare('UPDATE rules SET order_key = 1 WHERE id = ?').run(a.id);
    a.order_key = 1;
    for (const query of ['', '?limit=1', '?limit=abc&offset=5']) {
      const res = await call('GET', `${path()}/${query}`);
      expect(res.status).toBe(200);
      expect(Object.keys(res.json)).toEqual(['results']);
      expect(res.json.results).toEqual([b, a]);
    }
  });

  it('fills issue from the custom-rule fingerprint in the list only, within the same environment', async () => {
    const { call, path, create, db } = setupRules('grouping');
    const grouped = await create();
    const ungrouped = await create({ ...validBody.grouping, order_key: 1 });
    const issueId = insertIssue(db, 1, grouped.id, 'Checkout crash');
    insertIssue(db, 2, ungrouped.id, 'Elsewhere');
    const list = await call('GET', `${path()}/`);
    // Both are created at order_key 0 (PostHog drops a sent one), so their order is a tie: compared as a set.
    expect(list.json.results).toHaveLength(2);
    expect(list.json.results).toEqual(
      expect.arrayContaining([
        { ...grouped, issue: { id: issueId, name: 'Checkout crash' } },
        { ...ungrouped, issue: null },
      ]),
    );
    expect((await call('GET', `${path()}/${grouped.id}/`)).json.issue).toBeNull();
  });

  it('reports an unnamed issue with name null', async () => {
    const { call, path, create, db } = setupRules('grouping');
    const rule = await create();
    const issueId = insertIssue(db, 1, rule.id, null);
    expect((await call('GET', `${path(1, 'projects')}`)).json.results[0].issue).toEqual({ id: issueId, name: null });
  });

  it('creates with assignee and description optional (null)', async () => {
    const { create } = setupRules('grouping');
    const rule = await create({ filters: typeError });
    expect(rule).toMatchObject({ assignee: null, description: null, issue: null, order_key: 0 });
  });

  it.each([
    ['an empty group', { type: 'AND', values: [] }],
    ['only empty nested groups', { type: 'OR', values: [{ type: 'AND', values: [] }] }],
  ])('refuses %s on create and update, changing nothing', async (_name, filters) => {
    const { call, path, create, snapshot } = setupRules('grouping');
    const rule = await create();
    const before = snapshot();
    const created = await call('POST', `${path()}/`, { body: { filters } });
    expect(created.status).toBe(400);
    expect(created.json).toEqual(emptyFilters);
    const updated = await call('PATCH', `${path()}/${rule.id}/`, { body: { filters } });
    expect(updated.status).toBe(400);
    expect(updated.json).toEqual(emptyFilters);
    expect(snapshot()).toEqual(before);
  });

  it('applies filters only on update (newest PostHog ignores assignee and description)', async () => {
    const { call, path, create } = setupRules('grouping');
    const rule = await create({ ...validBody.grouping, assignee: { type: 'user', id: 3 } });
    const res = await call('PATCH', `${path()}/${rule.id}/`, {
      body: { filters: chrome, assignee: { type: 'role', id: roleId }, description: 'changed' },
    });
    expect(res.status).toBe(204);
    const after = (await call('GET', `${path()}/${rule.id}/`)).json;
    expect(after).toEqual({ ...rule, filters: chrome, updated_at: expect.any(String) });
  });
});

describe('suppression rules', () => {
  const matchAll = { type: 'AND', values: [] };

  it.each([
    ['omitted', {}],
    ['null', { filters: null }],
  ])('stores match-all filters when filters are %s, sampling_rate defaulting to 1', async (_name, body) => {
    const { create } = setupRules('suppression');
    expect(await create(body)).toMatchObject({ filters: matchAll, sampling_rate: 1 });
  });

  it('keeps an explicit empty group and a sampling_rate of 0', async () => {
    const { create } = setupRules('suppression');
    expect(await create({ filters: matchAll, sampling_rate: 0 })).toMatchObject({
      filters: matchAll,
      sampling_rate: 0,
    });
  });

  it.each([
    [1.5, 'Ensure this value is less than or equal to 1.'],
    [-0.1, 'Ensure this value is greater than or equal to 0.'],
    ['half', 'A valid number is required.'],
  ])('answers 400 attr sampling_rate for %j on create and update, changing nothing', async (samplingRate, detail) => {
    const { call, path, create, snapshot } = setupRules('suppression');
    const rule = await create();
    const before = snapshot();
    const created = await call('POST', `${path()}/`, { body: { filters: typeError, sampling_rate: samplingRate } });
    expect(created.status).toBe(400);
    expect(created.json).toEqual(invalid(detail, 'sampling_rate'));
    const updated = await call('PATCH', `${path()}/${rule.id}/`, { body: { sampling_rate: samplingRate } });
    expect(updated.json).toEqual(invalid(detail, 'sampling_rate'));
    expect(snapshot()).toEqual(before);
  });

  it('updates sampling_rate alone, and null filters to match-all', async () => {
    const { call, path, create } = setupRules('suppression');
    const rule = await create();
    expect((await call('PATCH', `${path()}/${rule.id}/`, { body: { sampling_rate: 0.25 } })).status).toBe(204);
    expect((await call('GET', `${path()}/${rule.id}/`)).json).toMatchObject({
      filters: typeError,
      sampling_rate: 0.25,
    });
    expect((await call('PUT', `${path()}/${rule.id}/`, { body: { filters: null } })).status).toBe(204);
    expect((await call('GET', `${path()}/${rule.id}/`)).json).toMatchObject({ filters: matchAll, sampling_rate: 0.25 });
  });

  it('has no assignee: one sent on create is ignored', async () => {
    const { create, row } = setupRules('suppression');
    const rule = await create({ filters: typeError, assignee: { type: 'user', id: 1 } });
    expect(rule).not.toHaveProperty('assignee');
    expect(row(rule.id).assignee).toBeNull();
  });
});
