import { describe, expect, it } from 'vitest';
import { errorBody } from '../../local-api/error-tracking-fixtures.test-support';
import { makeTestServer, seedProjects } from '../../test-support';
import {
  events,
  issues,
  latestEventProperties,
  missingQueryRead,
  seedRecentExceptions,
} from './exception-events.test-support';

function setup() {
  return makeTestServer({
    seed: (db) => {
      seedProjects(db);
      seedRecentExceptions(db);
    },
  });
}

const path = (query = '', env = 1) => `/api/console/environments/${env}/exceptions/${query}`;
const uuidsOf = (json: { results: Array<{ uuid: string }> }) => json.results.map((event) => event.uuid);

describe('GET /api/console/environments/:id/exceptions/ (local mode)', () => {
  it('answers the events of the last 7 days by default, newest first, with the $exception_* lists as arrays', async () => {
    const { call } = setup();
    const before = Date.now();
    const res = await call('GET', path());
    expect(res.status).toBe(200);
    expect(uuidsOf(res.json)).toEqual([events.latest, events.dates, events.quoted]);
    expect(res.json).toMatchObject({ hasMore: false, limit: 1000, skipped: 0, window: { days: 7 } });
    const { from, to } = res.json.window;
    expect(Date.parse(to) - Date.parse(from)).toBe(7 * 86_400_000);
    expect(Date.parse(to)).toBeGreaterThanOrEqual(before - 1);
    const [latest] = res.json.results;
    expect(latest).toEqual({
      uuid: events.latest,
      timestamp: expect.any(String),
      issue_id: issues.checkout,
      fingerprint: 'fp-checkout',
      properties: latestEventProperties,
    });
  });

  it('says whether there are more events than the limit', async () => {
    const { call } = setup();
    const two = await call('GET', path('?days=30&limit=2'));
    expect(uuidsOf(two.json)).toEqual([events.latest, events.dates]);
    expect(two.json).toMatchObject({ hasMore: true, limit: 2 });
    const four = await call('GET', path('?days=30&limit=4'));
    expect(uuidsOf(four.json)).toHaveLength(4);
    expect(four.json.hasMore).toBe(false);
  });

  it('finds one event by its uuid, in any case, and nothing for an unknown one', async () => {
    const { call } = setup();
    const found = await call('GET', path(`?days=90&event=${events.quoted.toUpperCase()}`));
    expect(uuidsOf(found.json)).toEqual([events.quoted]);
    const none = await call('GET', path('?days=90&event=0190c4a2-7b1e-7000-8000-00000000ffff'));
    expect(uuidsOf(none.json)).toEqual([]);
  });

  it('filters by issue, following fingerprints merged into it', async () => {
    const { call } = setup();
    expect(uuidsOf((await call('GET', path(`?days=90&issue=${issues.checkout}`))).json)).toEqual([
      events.latest,
      events.quoted,
    ]);
    await call('POST', `/api/projects/1/error_tracking/issues/${issues.checkout}/merge/`, {
      body: { ids: [issues.dates] },
    });
    const merged = await call('GET', path(`?days=90&issue=${issues.checkout.toUpperCase()}`));
    expect(uuidsOf(merged.json)).toEqual([events.latest, events.dates, events.quoted, events.old]);
    expect(merged.json.results.map((event: { issue_id: string }) => event.issue_id)).toEqual(
      Array(4).fill(issues.checkout),
    );
  });

  it('searches types, values, sources and functions case-insensitively, quotes and backslashes included', async () => {
    const { call } = setup();
    const search = async (text: string) =>
      uuidsOf((await call('GET', path(`?days=30&search=${encodeURIComponent(text)}`))).json);
    expect(await search("IT'S c:\\temp")).toEqual([events.quoted]);
    expect(await search('rendercart')).toEqual([events.latest]);
    expect(await search('checkout/CART')).toEqual([events.latest]);
    expect(await search('rangeerror')).toEqual([events.dates, events.old]);
    expect(await search("') OR 1=1 --")).toEqual([]);
    expect(await search('   ')).toHaveLength(4);
  });

  it.each([
    ['days=3', '"3" is not a valid choice.', 'days'],
    ['days=week', '"week" is not a valid choice.', 'days'],
    ['limit=0', 'Ensure this value is greater than or equal to 1.', 'limit'],
    ['limit=10001', 'Ensure this value is less than or equal to 10000.', 'limit'],
    ['limit=1.5', 'A valid integer is required.', 'limit'],
    ['issue=not-a-uuid', 'Must be a valid UUID.', 'issue'],
    [`search=${'x'.repeat(201)}`, 'Ensure this field has no more than 200 characters.', 'search'],
  ])('refuses %s with the contract’s 400', async (query, detail, attr) => {
    const { call } = setup();
    const res = await call('GET', path(`?${query}`));
    expect({ status: res.status, json: res.json }).toEqual({ status: 400, json: errorBody.validation(detail, attr) });
  });

  it('needs query:read as PostHog’s query API does', async () => {
    const { call, createKey } = setup();
    const refused = await call('GET', path(), { key: createKey(['error_tracking:read']) });
    expect({ status: refused.status, json: refused.json }).toEqual({
      status: 403,
      json: missingQueryRead,
    });
    expect((await call('GET', path(), { key: createKey(['query:read']) })).status).toBe(200);
    const otherEnv = await call('GET', path('', 2), { key: createKey(['query:read'], [1]) });
    expect(otherEnv.status).toBe(403);
  });

  it('skips and counts an event whose properties are not JSON, and shows the rest', async () => {
    const { call, db } = setup();
    db.prepare("UPDATE exception_events SET properties = '{broken' WHERE uuid = ?").run(events.dates);
    const res = await call('GET', path());
    expect(res.status).toBe(200);
    expect(uuidsOf(res.json)).toEqual([events.latest, events.quoted]);
    expect(res.json.skipped).toBe(1);
    const searched = await call('GET', path('?search=error'));
    expect({ status: searched.status, uuids: uuidsOf(searched.json) }).toEqual({
      status: 200,
      uuids: [events.latest, events.quoted],
    });
  });

  it('answers 404 for an unknown environment and 405 for other methods', async () => {
    const { call } = setup();
    expect((await call('GET', path('', 99))).json).toEqual(errorBody.notFound());
    const post = await call('POST', path(), { body: {} });
    expect({ status: post.status, json: post.json }).toEqual({ status: 405, json: errorBody.methodNotAllowed('POST') });
  });
});
