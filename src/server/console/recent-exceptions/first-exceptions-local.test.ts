import { describe, expect, it } from 'vitest';
import { errorBody } from '../../local-api/error-tracking-fixtures.test-support';
import { makeTestServer, seedProjects } from '../../test-support';
import { events, issues, missingQueryRead, seedRecentExceptions } from './exception-events.test-support';

function setup() {
  return makeTestServer({
    seed: (db) => {
      seedProjects(db);
      seedRecentExceptions(db);
    },
  });
}

const path = (query: string, env = 1) => `/api/console/environments/${env}/exceptions/first/${query}`;
const firstOf = (json: { results: Array<{ uuid: string; issue_id: string }> }) =>
  Object.fromEntries(json.results.map((event) => [event.issue_id, event.uuid]));

describe('GET /api/console/environments/:id/exceptions/first/ (local mode)', () => {
  it('answers the earliest event of each issue named, in one call', async () => {
    const { call } = setup();
    const res = await call('GET', path(`?issues=${issues.checkout},${issues.dates}`));
    expect(res.status).toBe(200);
    expect(firstOf(res.json)).toEqual({ [issues.checkout]: events.quoted, [issues.dates]: events.old });
    // Oldest first; the window is the widest by default.
    expect(res.json.results.map((event: { uuid: string }) => event.uuid)).toEqual([events.old, events.quoted]);
    expect(res.json).toMatchObject({ skipped: 0, window: { days: 3650 } });
    expect(res.json.results[0].properties).toMatchObject({ $exception_types: ['RangeError'] });
  });

  it('looks only inside the window, and leaves out issues without an event there', async () => {
    const { call } = setup();
    const res = await call('GET', path(`?issues=${issues.checkout},${issues.dates}&days=10`));
    expect(firstOf(res.json)).toEqual({ [issues.checkout]: events.quoted, [issues.dates]: events.dates });
    const none = await call('GET', path('?issues=01900000-0000-7000-8000-0000000000ff'));
    expect(none.json.results).toEqual([]);
  });

  it('follows fingerprints merged into an issue, and reads ids in any case', async () => {
    const { call } = setup();
    await call('POST', `/api/projects/1/error_tracking/issues/${issues.checkout}/merge/`, {
      body: { ids: [issues.dates] },
    });
    const res = await call('GET', path(`?issues=${issues.checkout.toUpperCase()}`));
    expect(res.json.results).toEqual([expect.objectContaining({ uuid: events.old, issue_id: issues.checkout })]);
  });

  it.each([
    ['', 'This field is required.', 'issues'],
    ['issues=,', 'Name at least one issue.', 'issues'],
    ['issues=not-a-uuid', 'Must be a valid UUID.', 'issues__0'],
    ['issues=', 'Name at least one issue.', 'issues'],
    [`issues=${Array(101).fill(issues.checkout).join(',')}`, 'Name at most 100 issues.', 'issues'],
    [`issues=${issues.checkout}&days=0`, 'Ensure this value is greater than or equal to 1.', 'days'],
    [`issues=${issues.checkout}&days=3651`, 'Ensure this value is less than or equal to 3650.', 'days'],
  ])('refuses ?%s with the contract’s 400', async (query, detail, attr) => {
    const { call } = setup();
    const res = await call('GET', path(`?${query}`));
    expect({ status: res.status, detail: res.json.detail, attr: res.json.attr }).toEqual({ status: 400, detail, attr });
  });

  it('needs query:read, sees only its environment, and refuses other methods', async () => {
    const { call, createKey } = setup();
    const refused = await call('GET', path(`?issues=${issues.checkout}`), { key: createKey(['error_tracking:read']) });
    expect({ status: refused.status, json: refused.json }).toEqual({ status: 403, json: missingQueryRead });
    const other = await call('GET', path(`?issues=${issues.checkout}`, 2));
    expect({ status: other.status, results: other.json.results }).toEqual({ status: 200, results: [] });
    const post = await call('POST', path(''), { body: {} });
    expect({ status: post.status, json: post.json }).toEqual({ status: 405, json: errorBody.methodNotAllowed('POST') });
  });
});
