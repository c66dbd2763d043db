import { PostHog } from 'posthog-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../rule-engine';
import { createPersonalApiKey } from '../gateway/personal-api-keys';
import { startCaptureServer, type CaptureServer } from './capture-server.test-support';

// The real rule engine behind the capture endpoints, driven by posthog-node and the rules API, as a user would.
let server: CaptureServer;
let key: string;
beforeAll(async () => {
  server = await startCaptureServer({ ruleEngine: { evaluate } });
  key = createPersonalApiKey(server.db, { label: 'rules', scopes: ['*'], scopedTeams: null }).secret;
});
afterAll(() => server.stop());
beforeEach(() => {
  for (const table of ['exception_events', 'fingerprints', 'issues', 'ingestion_counters', 'rules']) {
    server.db.prepare(`DELETE FROM ${table}`).run();
  }
});

async function api(method: string, path: string, body?: object) {
  const response = await fetch(`${server.url}/api/environments/1/error_tracking/${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

async function createRule(kind: string, body: object): Promise<string> {
  const created = await api('POST', `${kind}_rules/`, body);
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json.id;
}

const leaf = (key: string, operator: string, value: unknown) => ({ key, type: 'event', operator, value });
const filters = (...values: object[]) => ({ type: 'AND', values });

async function captureAll(errors: Error[], distinctId = 'user-1') {
  const posthog = new PostHog(server.tokens[1], { host: server.url, flushAt: 1, flushInterval: 0, fetchRetryCount: 0 });
  for (const error of errors) await posthog.captureExceptionImmediate(error, distinctId);
  await posthog.shutdown();
}

const rows = (sql: string, ...params: unknown[]) => server.db.prepare(sql).all(...params) as any[];

describe('rules applied at ingestion', () => {
  it('a grouping rule: its exceptions share fingerprint custom-rule:<id> and one issue, which the rule names', async () => {
    const rule = await createRule('grouping', {
      filters: filters(leaf('$exception_types', 'exact', ['TypeError'])),
      description: 'All type errors',
    });
    await captureAll([new TypeError('a is undefined'), new TypeError('b is not a function'), new RangeError('far')]);
    const grouped = rows("SELECT fingerprint, issue_id FROM exception_events WHERE fingerprint LIKE 'custom-rule:%'");
    expect(grouped).toHaveLength(2);
    expect(new Set(grouped.map((row) => row.fingerprint))).toEqual(new Set([`custom-rule:${rule}`]));
    expect(new Set(grouped.map((row) => row.issue_id)).size).toBe(1);
    expect(rows('SELECT COUNT(*) AS n FROM issues')[0].n).toBe(2);
    const list = await api('GET', 'grouping_rules/');
    expect(list.json.results[0].issue).toEqual({ id: grouped[0].issue_id, name: 'TypeError' });
    const trace = JSON.parse(
      rows('SELECT trace FROM exception_events WHERE fingerprint = ?', `custom-rule:${rule}`)[0].trace,
    );
    expect(trace.grouping).toMatchObject({ winner: rule, source: 'rule' });
  });

  it('a suppression rule drops what it matches and counts it; the rest is stored', async () => {
    const rule = await createRule('suppression', {
      filters: filters(leaf('$exception_values', 'icontains', 'ResizeObserver')),
      sampling_rate: 1,
    });
    await captureAll([
      new Error('ResizeObserver loop limit exceeded'),
      new Error('ResizeObserver loop'),
      new Error('real'),
    ]);
    expect(rows('SELECT description FROM issues')).toEqual([{ description: 'real' }]);
    expect(rows('SELECT COUNT(*) AS n FROM exception_events')[0].n).toBe(1);
    expect(rows("SELECT detail, value FROM ingestion_counters WHERE counter = 'suppressed'")).toEqual([
      { detail: rule, value: 2 },
    ]);
  });

  it('an assignment rule assigns a new issue, and not an existing one', async () => {
    await createRule('assignment', {
      filters: filters(leaf('$exception_types', 'exact', ['SyntaxError'])),
      assignee: { type: 'user', id: 1 },
    });
    await captureAll([new SyntaxError('Unexpected token <')]);
    const [issue] = rows('SELECT id, assignee FROM issues');
    expect(JSON.parse(issue.assignee)).toEqual({ type: 'user', id: 1 });
    // Someone takes the assignment off; the next event of the issue must not put it back.
    const unassigned = await api('PATCH', `issues/${issue.id}/assign/`, { assignee: null });
    expect(unassigned.status).toBeLessThan(300);
    await captureAll([new SyntaxError('Unexpected token <')]);
    expect(rows('SELECT assignee FROM issues WHERE id = ?', issue.id)).toEqual([{ assignee: null }]);
    expect(rows('SELECT COUNT(*) AS n FROM exception_events WHERE issue_id = ?', issue.id)[0].n).toBe(2);
  });

  it('a rule with a bad regex gets disabled_data, the event is stored all the same, and the rule is not run again', async () => {
    const rule = await createRule('grouping', { filters: filters(leaf('$exception_values', 'regex', '(unclosed')) });
    await captureAll([new Error('first')]);
    const listed = (await api('GET', 'grouping_rules/')).json.results[0];
    expect(listed.disabled_data).toEqual({
      message: expect.stringMatching(/regex/),
      props: expect.objectContaining({ $exception_values: ['first'] }),
    });
    expect(rows('SELECT COUNT(*) AS n FROM exception_events')[0].n).toBe(1);
    expect(rows('SELECT fingerprint FROM exception_events')[0].fingerprint).not.toMatch(/^custom-rule:/);
    const [{ updated_at: disabledAt }] = rows('SELECT updated_at FROM rules WHERE id = ?', rule);
    await captureAll([new Error('second')]);
    expect(rows('SELECT updated_at, disabled_data FROM rules WHERE id = ?', rule)[0]).toMatchObject({
      updated_at: disabledAt,
    });
    expect(JSON.parse(rows('SELECT disabled_data FROM rules WHERE id = ?', rule)[0].disabled_data).props).toMatchObject(
      {
        $exception_values: ['first'],
      },
    );
  });

  it('a rule edited between two requests is applied as edited', async () => {
    const rule = await createRule('suppression', { filters: filters(leaf('$exception_values', 'exact', ['first'])) });
    await captureAll([new Error('first')]);
    const edited = await api('PATCH', `suppression_rules/${rule}/`, {
      filters: filters(leaf('$exception_values', 'exact', ['second'])),
    });
    expect(edited.status).toBe(204);
    await captureAll([new Error('first'), new Error('second')]);
    expect(rows('SELECT description FROM issues')).toEqual([{ description: 'first' }]);
    expect(rows("SELECT value FROM ingestion_counters WHERE counter = 'suppressed'")).toEqual([{ value: 2 }]);
  });
});
