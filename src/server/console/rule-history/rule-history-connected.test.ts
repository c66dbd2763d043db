import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ruleKinds } from '../../../contract/rules';
import { makeTestServer } from '../../test-support';
import { connectedConsole, json, startUpstream } from '../recent-exceptions/connected-console.test-support';
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

/** The local server plays PostHog, as in the connected e2e project; each test gets a fresh one. */
let posthog: ReturnType<typeof makeTestServer>;
let upstream: Awaited<ReturnType<typeof startUpstream>>;
let call: Caller;
beforeEach(async () => {
  posthog = makeTestServer({ rateLimits: { perMinute: 1000, perHour: 10_000 } });
  upstream = await startUpstream((request) => posthog.app.fetch(request));
  call = connectedConsole({ origin: upstream.origin, key: posthog.key, environmentId: 1, timeoutMs: 3000 });
});
afterEach(() => upstream.close());

/** A write made in PostHog itself (its UI, Terraform, another user): the console never sees it. */
const inPostHog = (method: string, path: string, body?: unknown) => posthog.call(method, path, { body });
const asked = (from: number) => upstream.requests.slice(from).map(({ method, path }) => `${method} ${path}`);

describe.each(ruleKinds)('rule history of %s rules (connected mode)', (kind) => {
  it('records every write through the proxy, read back from PostHog with the server’s key', async () => {
    const a = (await call(rulesPath(kind), 'POST', { body: createBodies[kind]('A'), headers: person('Zoë') })).json;
    const b = (await call(rulesPath(kind), 'POST', { body: createBodies[kind]('B') })).json;
    expect((await call(rulesPath(kind, 1, `${a.id}/`), 'PATCH', { body: updateBodies[kind] })).status).toBe(204);
    const reorder = await call(rulesPath(kind, 1, 'reorder/'), 'PATCH', {
      body: { orders: { [a.id]: 5 } },
      headers: { 'X-Console-Plan': encodeURIComponent('Revert to #3') },
    });
    expect(reorder.status).toBe(204);
    expect((await call(rulesPath(kind, 1, `${b.id}/`), 'DELETE', { headers: person('Ana') })).status).toBe(204);

    const browser = { type: 'browser', name: null };
    expect((await historyOf(call)).map(summary)).toEqual([
      { actor: { type: 'person', name: 'Ana' }, action: 'delete', kinds: [kind], rule_ids: [b.id], plan_label: null },
      { actor: browser, action: 'reorder', kinds: [kind], rule_ids: [a.id], plan_label: 'Revert to #3' },
      { actor: browser, action: 'update', kinds: [kind], rule_ids: [a.id], plan_label: null },
      { actor: browser, action: 'create', kinds: [kind], rule_ids: [b.id], plan_label: null },
      { actor: { type: 'person', name: 'Zoë' }, action: 'create', kinds: [kind], rule_ids: [a.id], plan_label: null },
      { actor: { type: 'outside', name: null }, action: 'baseline', kinds: [], rule_ids: [], plan_label: null },
    ]);
    const [deleted] = await historyOf(call);
    const detail = await entryOf(call, deleted!.id);
    expect(detail.snapshot[kind].map((rule) => [rule.id, rule.order_key])).toEqual([[a.id, 5]]);
    expect(detail.previous![kind].map((rule) => rule.id)).toEqual([b.id, a.id]);
  });
});

describe('rule history: the proxy (connected mode)', () => {
  it('reads the written kind before a write and the three lists after it, and never forwards the headers', async () => {
    const from = upstream.requests.length;
    const headers = { ...person('Zoë'), 'X-Console-Plan': 'Copy%20to%20Mobile' };
    const res = await call(rulesPath('assignment'), 'POST', { body: createBodies.assignment('A'), headers });
    expect(res.status).toBe(201);
    const list = (kind: string) => `GET /api/projects/1/error_tracking/${kind}_rules/`;
    expect(asked(from).slice(0, 2)).toEqual([
      list('assignment'),
      'POST /api/projects/1/error_tracking/assignment_rules/',
    ]);
    expect(asked(from).slice(2).sort()).toEqual([list('assignment'), list('grouping'), list('suppression')].sort());
    expect(upstream.headers.length).toBe(from + 5);
    for (const headers of upstream.headers.slice(from)) {
      expect(headers.get('x-console-actor')).toBeNull();
      expect(headers.get('x-console-plan')).toBeNull();
      expect(headers.get('authorization')).toBe(`Bearer ${posthog.key}`);
    }
  });

  it('refuses malformed headers before anything reaches PostHog', async () => {
    const from = upstream.requests.length;
    const res = await call(rulesPath('assignment'), 'POST', {
      body: createBodies.assignment('A'),
      headers: { 'X-Console-Actor': '%ZZ' },
    });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ type: 'validation_error', attr: 'X-Console-Actor' });
    expect(asked(from)).toEqual([]);
  });

  it('records the write even when the read before it fails, and still answers the write', async () => {
    await call(rulesPath('assignment'));
    upstream.injectNext('GET /api/projects/1/error_tracking/assignment_rules/', () => json(503, {}));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await call(rulesPath('assignment'), 'POST', { body: createBodies.assignment('A') });
    expect(res.status).toBe(201);
    expect(logged).toHaveBeenCalledWith('Rule history: could not read the rules before a write', expect.anything());
    logged.mockRestore();
    expect(summary((await storedHistoryOf(call))[0]!)).toMatchObject({ action: 'create', rule_ids: [res.json.id] });
  });

  it('records nothing for a write PostHog refused', async () => {
    await call(rulesPath('assignment'));
    const before = await storedHistoryOf(call);
    const refused = await call(rulesPath('assignment'), 'POST', { body: { filters: 'nope' } });
    expect(refused.status).toBe(400);
    expect(await storedHistoryOf(call)).toEqual(before);
  });
});

describe('rule history: changes made in PostHog (connected mode)', () => {
  it('shows a change written to PostHog directly as outside on the next list read', async () => {
    const id = (await call(rulesPath('suppression'), 'POST', { body: createBodies.suppression('A') })).json.id;
    expect((await inPostHog('PATCH', rulesPath('suppression', 1, `${id}/`), { sampling_rate: 0.1 })).status).toBe(204);
    expect(await storedHistoryOf(call)).toHaveLength(2);

    expect((await call(rulesPath('suppression'))).status).toBe(200);
    const [outside] = await storedHistoryOf(call);
    expect(summary(outside!)).toEqual({
      actor: { type: 'outside', name: null },
      action: 'outside',
      kinds: ['suppression'],
      rule_ids: [id],
      plan_label: null,
    });
    expect((await entryOf(call, outside!.id)).snapshot.suppression[0]!.sampling_rate).toBe(0.1);
    await call(rulesPath('suppression'));
    expect(await storedHistoryOf(call)).toHaveLength(3);
  });

  it('records a change made in PostHog before a console write as its own entry, not the write’s', async () => {
    const a = (await call(rulesPath('assignment'), 'POST', { body: createBodies.assignment('A') })).json.id;
    const b = (await call(rulesPath('assignment'), 'POST', { body: createBodies.assignment('B') })).json.id;
    const created = await inPostHog('POST', rulesPath('grouping'), createBodies.grouping('G'));
    await inPostHog('PATCH', rulesPath('assignment', 1, `${a}/`), { assignee: { type: 'user', id: 3 } });

    const res = await call(rulesPath('assignment', 1, `${b}/`), 'PATCH', {
      body: updateBodies.assignment,
      headers: person('Zoë'),
    });
    expect(res.status).toBe(204);
    const [update, outside] = await storedHistoryOf(call);
    expect(summary(update!)).toEqual({
      actor: { type: 'person', name: 'Zoë' },
      action: 'update',
      kinds: ['assignment'],
      rule_ids: [b],
      plan_label: null,
    });
    expect(summary(outside!)).toMatchObject({
      action: 'outside',
      kinds: ['assignment', 'grouping'],
      rule_ids: [a, created.json.id],
    });
    const detail = await entryOf(call, update!.id);
    expect(detail.previous!.assignment.find((rule) => rule.id === a)!.assignee).toEqual({ type: 'user', id: 3 });
    expect(detail.previous!.assignment.find((rule) => rule.id === b)!.assignee).toEqual({ type: 'user', id: 1 });
  });

  it('finds a change on a page of a longer list through the proxy, and not on an unchanged page', async () => {
    const ids: string[] = [];
    for (const value of ['A', 'B', 'C']) {
      ids.push((await call(rulesPath('assignment'), 'POST', { body: createBodies.assignment(value) })).json.id);
    }
    await call(rulesPath('assignment', 1, 'reorder/'), 'PATCH', { body: { orders: { [ids[1]!]: 1, [ids[2]!]: 2 } } });
    const kept = (await storedHistoryOf(call)).length;
    await inPostHog('PATCH', rulesPath('assignment', 1, `${ids[2]}/`), { assignee: null });

    await call(`${rulesPath('assignment')}?limit=1`);
    expect(await storedHistoryOf(call)).toHaveLength(kept);
    await call(`${rulesPath('assignment')}?limit=1&offset=2`);
    expect(summary((await storedHistoryOf(call))[0]!)).toMatchObject({ action: 'outside', rule_ids: [ids[2]] });
  });

  it('answers the history API with a baseline read from PostHog when it is asked first', async () => {
    await inPostHog('POST', rulesPath('assignment'), createBodies.assignment('A'));
    const [baseline] = await historyOf(call);
    expect(baseline!.action).toBe('baseline');
    expect((await entryOf(call, baseline!.id)).snapshot.assignment).toHaveLength(1);
    expect((await call(historyPath(1, 'actors/'))).json.results).toEqual([{ type: 'outside', name: null }]);
    expect((await call(`${historyPath()}?limit=500`)).status).toBe(400);
  });
});
