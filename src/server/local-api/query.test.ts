import { describe, expect, it } from 'vitest';
import {
  events,
  issues,
  latestEventProperties,
  missingQueryRead,
  seedRecentExceptions,
} from '../console/recent-exceptions/exception-events.test-support';
import { buildExceptionQuery, type ExceptionQuery } from '../hogql/build-exception-query';
import { buildFirstExceptionsQuery } from '../hogql/build-first-exceptions-query';
import { makeTestServer, seedProjects } from '../test-support';
import { errorBody, expectMethodsRefused, prefixes } from './error-tracking-fixtures.test-support';
import { onlyTheConsoleQuery } from './query';

function setup() {
  return makeTestServer({
    seed: (db) => {
      seedProjects(db);
      seedRecentExceptions(db);
    },
  });
}

const hogql = (query: string, kind = 'HogQLQuery') => ({ body: { query: { kind, query }, name: 'test' } });
const ask = (query: ExceptionQuery) => hogql(buildExceptionQuery(query));
const uuidsOf = (json: { results: unknown[][] }) => json.results.map((row) => row[0]);

describe.each(prefixes)('POST %s/:id/query/ (local)', (prefix) => {
  const path = `${prefix}/1/query/`;

  it('answers the console query in HogQLQueryResponse shape: positional rows, properties as JSON text', async () => {
    const { call } = setup();
    const text = buildExceptionQuery({ days: 7, limit: 10 });
    const res = await call('POST', path, hogql(text));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      columns: ['uuid', 'timestamp', 'issue_id', 'fingerprint', 'properties'],
      types: [
        ['uuid', 'UUID'],
        ['timestamp', "DateTime64(6, 'UTC')"],
        ['issue_id', 'Nullable(UUID)'],
        ['fingerprint', 'Nullable(String)'],
        ['properties', 'String'],
      ],
      hogql: text,
      query: text,
      hasMore: null,
      limit: null,
      offset: null,
      is_cached: false,
    });
    expect(uuidsOf(res.json)).toEqual([events.latest, events.dates, events.quoted]);
    const [uuid, timestamp, issueId, fingerprint, properties] = res.json.results[0];
    expect([uuid, issueId, fingerprint]).toEqual([events.latest, issues.checkout, 'fp-checkout']);
    expect(Date.now() - Date.parse(timestamp)).toBeLessThan(3_700_000);
    expect(typeof properties).toBe('string');
    expect(JSON.parse(properties)).toEqual(latestEventProperties);
  });

  it('reads the window, the limit and offset, the issue and the search out of the query', async () => {
    const { call } = setup();
    expect(uuidsOf((await call('POST', path, ask({ days: 30, limit: 10 }))).json)).toEqual([
      events.latest,
      events.dates,
      events.quoted,
      events.old,
    ]);
    expect(uuidsOf((await call('POST', path, ask({ days: 1, limit: 10 }))).json)).toEqual([
      events.latest,
      events.dates,
    ]);
    expect(uuidsOf((await call('POST', path, ask({ days: 30, limit: 2 }))).json)).toEqual([
      events.latest,
      events.dates,
    ]);
    expect(uuidsOf((await call('POST', path, ask({ days: 30, limit: 2, offset: 2 }))).json)).toEqual([
      events.quoted,
      events.old,
    ]);
    expect(uuidsOf((await call('POST', path, ask({ days: 30, limit: 2, offset: 4 }))).json)).toEqual([]);
    const issue = await call('POST', path, ask({ days: 30, limit: 10, issue: issues.dates }));
    expect(uuidsOf(issue.json)).toEqual([events.dates, events.old]);
    // Compared with the property's HogQL text, the JSON of the list: its backslash is doubled there.
    const search = await call('POST', path, ask({ days: 30, limit: 10, search: "IT'S c:\\\\TEMP" }));
    expect(uuidsOf(search.json)).toEqual([events.quoted]);
    const unescaped = await call('POST', path, ask({ days: 30, limit: 10, search: "IT'S c:\\TEMP" }));
    expect(uuidsOf(unescaped.json)).toEqual([]);
    const bySource = await call('POST', path, ask({ days: 30, limit: 10, search: 'checkout/CART' }));
    expect(uuidsOf(bySource.json)).toEqual([events.latest]);
  });

  it('puts a merged issue’s events under the issue its fingerprint moved to, keeping the ingestion id in properties', async () => {
    const { call } = setup();
    const merge = await call('POST', `${prefix}/1/error_tracking/issues/${issues.checkout}/merge/`, {
      body: { ids: [issues.dates] },
    });
    expect(merge.status).toBe(200);
    const res = await call('POST', path, ask({ days: 30, limit: 10, issue: issues.checkout }));
    expect(uuidsOf(res.json)).toEqual([events.latest, events.dates, events.quoted, events.old]);
    const moved = res.json.results[1];
    expect(moved[2]).toBe(issues.checkout);
    expect(JSON.parse(moved[4]).$exception_issue_id).toBe(issues.dates);
    expect(uuidsOf((await call('POST', path, ask({ days: 30, limit: 10, issue: issues.dates }))).json)).toEqual([]);
  });

  it('sees only its own environment', async () => {
    const { call } = setup();
    const res = await call('POST', `${prefix}/2/query/`, ask({ days: 7, limit: 10 }));
    expect(uuidsOf(res.json)).toEqual([events.otherEnvironment]);
  });

  it('answers the first-exceptions query a page at a time, as HogQL pages a query without a LIMIT', async () => {
    const { call } = setup();
    const res = await call(
      'POST',
      path,
      hogql(buildFirstExceptionsQuery({ days: 30, issues: [issues.checkout, issues.dates] })),
    );
    expect(res.status).toBe(200);
    expect(uuidsOf(res.json)).toEqual([events.old, events.quoted]);
    expect(res.json).toMatchObject({ hasMore: false, limit: 100, offset: 0 });
    const badUuid = await call('POST', path, hogql(buildFirstExceptionsQuery({ days: 1, issues: ['nope'] })));
    expect({ status: badUuid.status, detail: badUuid.json.detail }).toEqual({
      status: 400,
      detail: "Cannot parse UUID from String 'nope'.",
    });
  });

  it('refuses every other query with a 400 that says it runs only the console’s', async () => {
    const { call } = setup();
    const refusal = errorBody.validation(onlyTheConsoleQuery, null);
    const console = buildExceptionQuery({ days: 7, limit: 10 });
    for (const body of [
      hogql('SELECT event, count() FROM events GROUP BY event'),
      hogql(console.replace('LIMIT 10', 'LIMIT 10 UNION ALL SELECT * FROM persons')),
      hogql(console.replace('ORDER BY', "OR event = '$pageview' ORDER BY")),
      hogql(console, 'ErrorTrackingQuery'),
    ]) {
      const res = await call('POST', path, body);
      expect({ status: res.status, json: res.json }).toEqual({ status: 400, json: refusal });
    }
    const badUuid = await call(
      'POST',
      path,
      hogql(console.replace('ORDER BY', "AND issue_id = toUUID('nope') ORDER BY")),
    );
    expect(badUuid.status).toBe(400);
    expect(badUuid.json.detail).toBe("Cannot parse UUID from String 'nope'.");
  });

  it('validates the request body as PostHog does', async () => {
    const { call } = setup();
    const missing = await call('POST', path, { body: { name: 'x' } });
    expect({ status: missing.status, json: missing.json }).toEqual({
      status: 400,
      json: errorBody.validation('This field is required.', 'query', 'required'),
    });
    const noText = await call('POST', path, { body: { query: { kind: 'HogQLQuery' } } });
    expect(noText.json).toEqual(errorBody.validation('This field is required.', 'query__query', 'required'));
    await expectMethodsRefused(call, [
      ['GET', path],
      ['PATCH', path],
    ]);
  });

  it('needs query:read, which any method of the query API asks for', async () => {
    const { call, createKey } = setup();
    const withoutScope = await call('POST', path, {
      ...ask({ days: 7, limit: 1 }),
      key: createKey(['error_tracking:read']),
    });
    expect({ status: withoutScope.status, json: withoutScope.json }).toEqual({
      status: 403,
      json: missingQueryRead,
    });
    const withScope = await call('POST', path, { ...ask({ days: 7, limit: 1 }), key: createKey(['query:read']) });
    expect(withScope.status).toBe(200);
  });
});
