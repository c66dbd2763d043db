import { describe, expect, it } from 'vitest';
import { makeTestServer } from '../test-support';
import { addIssue, errorBody, expectMethodsRefused, prefixes } from './error-tracking-fixtures.test-support';

function setup() {
  const server = makeTestServer();
  const ids = ['2026-02-05', '2026-02-04', '2026-02-03', '2026-02-02'].map((day, index) =>
    addIssue(server.db, {
      id: `0000000${index + 1}-0000-4000-8000-000000000000`,
      name: index % 2 === 0 ? `TypeError #${index}` : `Network failure #${index}`,
      description: index === 3 ? 'fetch raised a typeerror' : null,
      status: index === 2 ? 'resolved' : 'active',
      firstSeen: `${day}T00:00:00.000Z`,
    }),
  );
  addIssue(server.db, { teamId: 2, name: 'TypeError on mobile' });
  return { ...server, ids };
}

describe.each(prefixes)('POST %s/:id/error_tracking/query/issues/', (prefix) => {
  const path = `${prefix}/1/error_tracking/query/issues/`;

  it('searches names and descriptions case-insensitively, newest first', async () => {
    const { call, ids } = setup();
    const res = await call('POST', path, { body: { searchQuery: 'TYPEERROR' } });
    expect(res.status).toBe(200);
    expect(res.json.results.map((issue: any) => issue.id)).toEqual([ids[0], ids[2], ids[3]]);
    expect(res.json.hasMore).toBe(false);
    expect(res.json.results[0]).toEqual({
      id: ids[0],
      status: 'active',
      name: 'TypeError #0',
      description: null,
      first_seen: '2026-02-05T00:00:00.000Z',
      assignee: null,
      external_issues: [],
      fingerprint_count: 0,
    });
  });

  it('filters by status and pages with limit/offset and hasMore', async () => {
    const { call, ids } = setup();
    const active = await call('POST', path, { body: { status: 'active' } });
    expect(active.json.results.map((issue: any) => issue.id)).toEqual([ids[0], ids[1], ids[3]]);
    const first = await call('POST', path, { body: { limit: 2, offset: 0 } });
    expect(first.json.results.map((issue: any) => issue.id)).toEqual([ids[0], ids[1]]);
    expect(first.json.hasMore).toBe(true);
    const last = await call('POST', path, { body: { limit: 2, offset: 2 } });
    expect(last.json.results.map((issue: any) => issue.id)).toEqual([ids[2], ids[3]]);
    expect(last.json.hasMore).toBe(false);
  });

  it('only searches this environment', async () => {
    const { call } = setup();
    const res = await call('POST', `${prefix}/2/error_tracking/query/issues`, { body: { searchQuery: 'typeerror' } });
    expect(res.json.results.map((issue: any) => issue.name)).toEqual(['TypeError on mobile']);
  });

  it('refuses a limit outside 1-100 and an unknown status', async () => {
    const { call } = setup();
    for (const limit of [0, 101, 1.5]) {
      const res = await call('POST', path, { body: { limit } });
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ type: 'validation_error', attr: 'limit' });
    }
    const status = await call('POST', path, { body: { status: 'open' } });
    expect(status.json).toEqual(errorBody.validation('"open" is not a valid choice.', 'status'));
  });

  it('answers 405 method_not_allowed to GET', async () => {
    const { call } = setup();
    await expectMethodsRefused(call, [
      ['GET', path],
      ['PATCH', path],
    ]);
  });
});
