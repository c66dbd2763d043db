import { describe, expect, it } from 'vitest';
import { ruleKinds } from '../../../contract/rules';
import { updateRule } from '../../store/rules-repository';
import { makeTestServer } from '../../test-support';
import {
  createBodies,
  entryOf,
  historyOf,
  historyPath,
  person,
  rulesPath,
  storedHistoryOf,
  summary,
  updateBodies,
  type Caller,
} from './rule-history.test-support';

function setup(options: Parameters<typeof makeTestServer>[0] = {}) {
  const server = makeTestServer(options);
  const call: Caller = (path, method = 'GET', { body, headers } = {}) => server.call(method, path, { body, headers });
  return { ...server, raw: server.call, call };
}

describe.each(ruleKinds)('rule history of %s rules (local mode)', (kind) => {
  it('records every write with its actor, action, kind and rules, after a baseline of the first state seen', async () => {
    const { call } = setup();
    const a = (await call(rulesPath(kind), 'POST', { body: createBodies[kind]('A'), headers: person('Zoë') })).json;
    const b = (await call(rulesPath(kind), 'POST', { body: createBodies[kind]('B') })).json;
    expect((await call(rulesPath(kind, 1, `${a.id}/`), 'PATCH', { body: updateBodies[kind] })).status).toBe(204);
    const reorder = await call(rulesPath(kind, 1, 'reorder/'), 'PATCH', { body: { orders: { [a.id]: 5 } } });
    expect(reorder.status).toBe(204);
    expect((await call(rulesPath(kind, 1, `${b.id}/`), 'DELETE', { headers: person('Ana') })).status).toBe(204);

    const key = { type: 'api_key', label: 'test' };
    const entries = await historyOf(call);
    expect(entries.map(summary)).toEqual([
      { actor: { type: 'person', name: 'Ana' }, action: 'delete', kinds: [kind], rule_ids: [b.id], plan_label: null },
      { actor: key, action: 'reorder', kinds: [kind], rule_ids: [a.id], plan_label: null },
      { actor: key, action: 'update', kinds: [kind], rule_ids: [a.id], plan_label: null },
      { actor: key, action: 'create', kinds: [kind], rule_ids: [b.id], plan_label: null },
      { actor: { type: 'person', name: 'Zoë' }, action: 'create', kinds: [kind], rule_ids: [a.id], plan_label: null },
      { actor: { type: 'outside', name: null }, action: 'baseline', kinds: [], rule_ids: [], plan_label: null },
    ]);
    expect(entries.map((entry) => entry.id)).toEqual([...entries.map((entry) => entry.id)].sort((x, y) => y - x));

    const reordered = await entryOf(call, entries[1]!.id);
    const keys = (rules: Array<{ id: string; order_key: number }>) => new Map(rules.map((r) => [r.id, r.order_key]));
    expect(keys(reordered.previous![kind])).toEqual(
      new Map([
        [a.id, 0],
        [b.id, 0],
      ]),
    );
    expect(reordered.snapshot[kind].map((rule) => [rule.id, rule.order_key])).toEqual([
      [b.id, 0],
      [a.id, 5],
    ]);
    const deleted = await entryOf(call, entries[0]!.id);
    expect(deleted.snapshot[kind].map((rule) => rule.id)).toEqual([a.id]);
    expect(deleted.previous![kind].map((rule) => rule.id)).toContain(b.id);
  });
});

const create = async (call: Caller, value: string, headers: Record<string, string> = {}) => {
  const res = await call(rulesPath('assignment'), 'POST', { body: createBodies.assignment(value), headers });
  expect(res.status).toBe(201);
  return res.json.id as string;
};

describe('rule history: who and which plan (local mode)', () => {
  it('names a personal API key by its label, and the plan a write was a step of', async () => {
    const server = setup();
    const deploy = server.createKey(['*'], null, 'Deploy pipeline');
    const byDeploy = await server.raw('POST', rulesPath('assignment'), {
      key: deploy,
      body: createBodies.assignment('A'),
      headers: { 'X-Console-Plan': encodeURIComponent('Revert to #41') },
    });
    expect(byDeploy.status).toBe(201);
    await create(server.call, 'B', person('Zoë Martín'));

    const [byPerson, byKey] = await historyOf(server.call);
    expect(byKey!.actor).toEqual({ type: 'api_key', label: 'Deploy pipeline' });
    expect(byKey!.plan_label).toBe('Revert to #41');
    expect(byPerson!.actor).toEqual({ type: 'person', name: 'Zoë Martín' });
    expect(byPerson!.plan_label).toBeNull();
    expect((await server.call(historyPath(1, 'actors/'))).json.results).toEqual([
      { type: 'person', name: 'Zoë Martín' },
      { type: 'api_key', label: 'Deploy pipeline' },
      { type: 'outside', name: null },
    ]);
  });

  it('refuses malformed actor and plan headers with a 400 in the contract shape, and writes nothing', async () => {
    const { call } = setup();
    const bad: Array<[string, string]> = [
      ['X-Console-Actor', '%E0%A4%A'],
      ['X-Console-Actor', encodeURIComponent('x'.repeat(101))],
      ['X-Console-Actor', encodeURIComponent('Zoë\nroot')],
      ['X-Console-Actor', '%20'],
      ['X-Console-Plan', encodeURIComponent('p'.repeat(201))],
    ];
    for (const [name, value] of bad) {
      const res = await call(rulesPath('assignment'), 'POST', {
        body: createBodies.assignment('A'),
        headers: { [name]: value },
      });
      expect(res.status).toBe(400);
      expect(res.json).toEqual({
        type: 'validation_error',
        code: 'invalid_input',
        detail: expect.any(String),
        attr: name,
      });
    }
    expect((await call(rulesPath('assignment'))).json.results).toEqual([]);
    expect(await storedHistoryOf(call)).toHaveLength(1);
    const longest = await call(rulesPath('assignment'), 'POST', {
      body: createBodies.assignment('A'),
      headers: person('ü'.repeat(100)),
    });
    expect(longest.status).toBe(201);
    expect((await historyOf(call))[0]!.actor).toEqual({ type: 'person', name: 'ü'.repeat(100) });
  });

  it('records nothing for a write that failed', async () => {
    const { call } = setup();
    const id = await create(call, 'A');
    const before = await storedHistoryOf(call);
    expect((await call(rulesPath('assignment', 1, `${id}/`), 'PATCH', { body: { assignee: 5 } })).status).toBe(400);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await call(rulesPath('assignment', 1, `${unknown}/`), 'DELETE')).status).toBe(404);
    expect((await call(rulesPath('assignment', 9), 'POST', { body: createBodies.assignment('A') })).status).toBe(404);
    expect(await storedHistoryOf(call)).toEqual(before);
    expect((await call(historyPath(9))).status).toBe(404);
  });

  it('records nothing for a write that changed nothing (a reorder to the same keys)', async () => {
    const { call } = setup();
    const id = await create(call, 'A');
    const before = await storedHistoryOf(call);
    expect(
      (await call(rulesPath('assignment', 1, 'reorder/'), 'PATCH', { body: { orders: { [id]: 0 } } })).status,
    ).toBe(204);
    expect(await storedHistoryOf(call)).toEqual(before);
  });
});

describe('rule history: changes made outside the console (local mode)', () => {
  it('records a change the next complete list read shows, once, as outside', async () => {
    const { call, db } = setup();
    const id = await create(call, 'A');
    updateRule(db, 1, 'assignment', id, { assignee: { type: 'user', id: 9 } });
    expect((await call(rulesPath('assignment'))).status).toBe(200);
    expect((await call(rulesPath('assignment'))).status).toBe(200);
    const [outside, created] = await storedHistoryOf(call);
    expect(summary(outside!)).toEqual({
      actor: { type: 'outside', name: null },
      action: 'outside',
      kinds: ['assignment'],
      rule_ids: [id],
      plan_label: null,
    });
    expect(created!.action).toBe('create');
    expect((await entryOf(call, outside!.id)).snapshot.assignment[0]!.assignee).toEqual({ type: 'user', id: 9 });
  });

  it('never folds a change made outside into the next console write’s entry', async () => {
    const { call, db } = setup();
    const [a, b] = [await create(call, 'A'), await create(call, 'B')];
    const grouping = (await call(rulesPath('grouping'), 'POST', { body: createBodies.grouping('G') })).json.id;
    updateRule(db, 1, 'assignment', a, { assignee: { type: 'user', id: 9 } });
    updateRule(db, 1, 'grouping', grouping, { description: 'Edited elsewhere' });
    expect((await call(rulesPath('assignment', 1, `${b}/`), 'DELETE', { headers: person('Ana') })).status).toBe(204);

    const [deleted, outside] = await storedHistoryOf(call);
    expect(summary(deleted!)).toMatchObject({ action: 'delete', kinds: ['assignment'], rule_ids: [b] });
    expect(summary(outside!)).toMatchObject({
      action: 'outside',
      kinds: ['assignment', 'grouping'],
      rule_ids: [a, grouping],
    });
    const detail = await entryOf(call, deleted!.id);
    expect(detail.previous!.assignment.find((rule) => rule.id === a)!.assignee).toEqual({ type: 'user', id: 9 });
    expect(detail.previous!.grouping[0]!.description).toBe('Edited elsewhere');
  });

  it('finds a change on the page of a longer list that shows it, or by its count, and not on an unchanged page', async () => {
    const { call, db } = setup();
    const ids = [await create(call, 'A'), await create(call, 'B'), await create(call, 'C')];
    await call(rulesPath('assignment', 1, 'reorder/'), 'PATCH', { body: { orders: { [ids[1]!]: 1, [ids[2]!]: 2 } } });
    const kept = (await storedHistoryOf(call)).length;

    updateRule(db, 1, 'assignment', ids[2]!, { assignee: { type: 'user', id: 9 } });
    await call(`${rulesPath('assignment')}?limit=1`);
    expect(await storedHistoryOf(call)).toHaveLength(kept);
    await call(`${rulesPath('assignment')}?limit=1&offset=2`);
    const [changed] = await storedHistoryOf(call);
    expect(summary(changed!)).toMatchObject({ action: 'outside', rule_ids: [ids[2]] });

    db.prepare('DELETE FROM rules WHERE id = ?').run(ids[1]);
    await call(`${rulesPath('assignment')}?limit=1`);
    const [deleted] = await storedHistoryOf(call);
    expect(summary(deleted!)).toMatchObject({ action: 'outside', rule_ids: [ids[1]] });
    expect(await storedHistoryOf(call)).toHaveLength(kept + 2);
  });

  it('does not take a grouping rule’s issue (ingestion’s doing) for a change', async () => {
    const { call, db } = setup();
    const id = (await call(rulesPath('grouping'), 'POST', { body: createBodies.grouping('G') })).json.id;
    const at = '2026-01-02T00:00:00.000Z';
    db.prepare('INSERT INTO issues (id, team_id, first_seen, created_at) VALUES (?, 1, ?, ?)').run(
      '11111111-1111-4111-8111-111111111111',
      at,
      at,
    );
    db.prepare('INSERT INTO fingerprints (id, team_id, fingerprint, issue_id, created_at) VALUES (?, 1, ?, ?, ?)').run(
      '22222222-2222-4222-8222-222222222222',
      `custom-rule:${id}`,
      '11111111-1111-4111-8111-111111111111',
      at,
    );
    const before = await storedHistoryOf(call);
    const list = await call(rulesPath('grouping'));
    expect(list.json.results[0].issue).not.toBeNull();
    expect(await storedHistoryOf(call)).toEqual(before);
  });

  it('looks at the rules when the first history page is read', async () => {
    const { call, db } = setup();
    const id = await create(call, 'A');
    db.prepare('DELETE FROM rules WHERE id = ?').run(id);
    const [outside] = await historyOf(call);
    expect(summary(outside!)).toMatchObject({ action: 'outside', kinds: ['assignment'], rule_ids: [id] });
  });
});

describe('rule history: storage (local mode)', () => {
  it('keeps the newest entries only, stores each distinct list once, and deletes lists no entry needs', async () => {
    const { call, db } = setup({ historyEntriesKept: 3 });
    const ids: string[] = [];
    for (const value of ['A', 'B', 'C', 'D', 'E']) ids.push(await create(call, value));
    const entries = await storedHistoryOf(call);
    expect(entries.map((entry) => entry.rule_ids)).toEqual([[ids[4]], [ids[3]], [ids[2]]]);
    const oldest = await entryOf(call, entries[2]!.id);
    expect(oldest.previous).toBeNull();
    expect(oldest.snapshot.assignment).toHaveLength(3);
    expect((await entryOf(call, entries[0]!.id)).previous!.assignment).toHaveLength(4);
    const lists = db.prepare(
      'SELECT kind, COUNT(*) AS n FROM rule_lists WHERE team_id = 1 GROUP BY kind ORDER BY kind',
    );
    expect(lists.all()).toEqual([
      { kind: 'assignment', n: 3 },
      { kind: 'grouping', n: 1 },
      { kind: 'suppression', n: 1 },
    ]);
  });

  it('records concurrent writes one after another, each entry with exactly its own change', async () => {
    const { call } = setup();
    await call(rulesPath('assignment'));
    const ids = await Promise.all(Array.from({ length: 8 }, (_, n) => create(call, `E${n}`)));
    const entries = (await storedHistoryOf(call)).filter((entry) => entry.action === 'create').reverse();
    expect(entries.map((entry) => entry.rule_ids.length)).toEqual(Array(8).fill(1));
    expect(entries.flatMap((entry) => entry.rule_ids).sort()).toEqual([...ids].sort());
    for (const [index, entry] of entries.entries()) {
      expect((await entryOf(call, entry.id)).snapshot.assignment).toHaveLength(index + 1);
    }
  });
});

describe('rule history API (local mode)', () => {
  it('filters by kind, actor and rule, and pages with before / next_before', async () => {
    const { call } = setup();
    const a = await create(call, 'A', person('Zoë'));
    const b = await create(call, 'B');
    const g = (await call(rulesPath('grouping'), 'POST', { body: createBodies.grouping('G'), headers: person('Zoë') }))
      .json.id;
    await call(rulesPath('assignment', 1, `${a}/`), 'PATCH', { body: updateBodies.assignment });

    const ruleIds = async (query: string) => (await historyOf(call, 1, query)).map((entry) => entry.rule_ids);
    expect(await ruleIds('?kind=grouping')).toEqual([[g]]);
    expect(await ruleIds(`?rule=${a.toUpperCase()}`)).toEqual([[a], [a]]);
    expect(await ruleIds(`?actor=${encodeURIComponent('person:Zoë')}`)).toEqual([[g], [a]]);
    expect(await ruleIds('?actor=api_key:test&kind=assignment')).toEqual([[a], [b]]);
    expect(await ruleIds('?actor=outside')).toEqual([[]]);

    const first = (await call(`${historyPath()}?limit=2`)).json;
    expect(first.results.map((entry: { rule_ids: string[] }) => entry.rule_ids)).toEqual([[a], [g]]);
    const second = (await call(`${historyPath()}?limit=2&before=${first.next_before}`)).json;
    expect(second.results.map((entry: { rule_ids: string[] }) => entry.rule_ids)).toEqual([[b], [a]]);
    const last = (await call(`${historyPath()}?limit=2&before=${second.next_before}`)).json;
    expect(last).toEqual({ results: [expect.objectContaining({ action: 'baseline' })], next_before: null });
  });

  it('answers 400 in the contract shape for bad query parameters, 404 for an unknown entry', async () => {
    const { call } = setup();
    await create(call, 'A');
    for (const [query, attr] of [
      ['kind=everything', 'kind'],
      ['actor=somebody', 'actor'],
      ['actor=person:', 'actor'],
      ['rule=not-a-uuid', 'rule'],
      ['before=abc', 'before'],
      ['before=0', 'before'],
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['limit=1.5', 'limit'],
    ]) {
      const res = await call(`${historyPath()}?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.json).toEqual({ type: 'validation_error', code: 'invalid_input', detail: expect.any(String), attr });
    }
    expect((await call(historyPath(1, '999/'))).status).toBe(404);
    expect((await call(historyPath(1, 'abc/'))).status).toBe(404);
    expect((await call(historyPath(1), 'POST')).status).toBe(405);
  });

  it('keeps environments apart, and needs error_tracking:read', async () => {
    const server = setup();
    await create(server.call, 'A');
    const [entry] = await historyOf(server.call);
    expect((await server.call(historyPath(2, `${entry!.id}/`))).status).toBe(404);
    expect((await historyOf(server.call, 2)).map((other) => other.action)).toEqual(['baseline']);
    expect((await server.call(historyPath(99))).status).toBe(404);

    const noRead = server.createKey(['query:read']);
    const refused = await server.raw('GET', historyPath(), { key: noRead });
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toBe("API key missing required scope 'error_tracking:read'");
    const otherTeam = server.createKey(['*'], [2]);
    expect((await server.raw('GET', historyPath(), { key: otherTeam })).status).toBe(403);
  });
});
