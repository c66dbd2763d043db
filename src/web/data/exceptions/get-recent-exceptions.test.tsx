import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { hoursAgo, makeIssue } from '../../test/issue-fixtures';
import { renderWithClient } from '../../test/render-with-client';
import { startTestApi } from '../../test/start-test-api';
import { getRecentExceptions, lacksQueryScope, useRecentExceptions } from './get-recent-exceptions';

beforeEach(() => resetThrottle());

const route = 'GET /api/console/environments/1/exceptions/';
const typeError = makeIssue(1, { name: 'TypeError: x is undefined', occurrences: 3, last_seen: hoursAgo(1) });
const rangeError = makeIssue(2, { name: 'RangeError: Invalid time value', occurrences: 2, last_seen: hoursAgo(30) });

describe('useRecentExceptions (against the real server)', () => {
  it('asks the console for a window and a limit, and gets events with their lists as arrays', async () => {
    const api = startTestApi();
    api.seedIssues([typeError, rangeError]);
    const { result } = renderWithClient(() => useRecentExceptions(1, { days: 1, limit: 2 }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(api.requests(route).map((request) => request.search.toString())).toEqual(['days=1&limit=2']);
    const answer = result.current.data!;
    expect(answer).toMatchObject({ hasMore: true, limit: 2, skipped: 0, window: { days: 1 } });
    expect(answer.results).toHaveLength(2);
    for (const event of answer.results) {
      expect(event.issue_id).toBe(typeError.id);
      expect(event.fingerprint).toBe(`events-of:${typeError.id}`);
      expect(event.properties.$exception_values).toEqual(['TypeError: x is undefined']);
    }
    expect(Date.parse(answer.results[0]!.timestamp)).toBeGreaterThan(Date.parse(answer.results[1]!.timestamp));
  });

  it('sends the issue and the search, and the server filters by both', async () => {
    const api = startTestApi();
    api.seedIssues([typeError, rangeError]);
    const answer = await getRecentExceptions(1, { days: 7, limit: 100, issue: rangeError.id, search: 'invalid TIME' });
    expect(answer.results.map((event) => event.issue_id)).toEqual([rangeError.id, rangeError.id]);
    const none = await getRecentExceptions(1, { days: 7, limit: 100, issue: typeError.id, search: 'invalid time' });
    expect(none).toMatchObject({ results: [], hasMore: false });
    expect(api.requests(route).map((request) => Object.fromEntries(request.search))).toEqual([
      { days: '7', limit: '100', issue: rangeError.id, search: 'invalid TIME' },
      { days: '7', limit: '100', issue: typeError.id, search: 'invalid time' },
    ]);
  });

  it('surfaces the server’s 400 for a window it does not offer', async () => {
    startTestApi();
    const error = await getRecentExceptions(1, { days: 3, limit: 10 }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, attr: 'days', detail: '"3" is not a valid choice.' });
  });

  it('tells a key without query:read apart, and does not ask again', async () => {
    const api = startTestApi();
    api.answerNext(route, {
      status: 403,
      body: {
        type: 'authentication_error',
        code: 'missing_query_scope',
        detail: 'The PostHog personal API key lacks the query:read scope.',
        attr: null,
      },
    });
    const { result } = renderWithClient(() => useRecentExceptions(1, { days: 7, limit: 10 }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(lacksQueryScope(result.current.error)).toBe(true);
    expect(lacksQueryScope(new ApiError(403, { type: 'x', code: 'permission_denied', detail: '', attr: null }))).toBe(
      false,
    );
    expect(api.requests(route)).toHaveLength(1);
  });

  it('does not try a failed query again, but waits out a 429 and asks once more', async () => {
    const api = startTestApi();
    api.seedIssues([typeError]);
    api.failNext(route, 504, 'PostHog was still running the exception query after 30 s.');
    const failed = renderWithClient(() => useRecentExceptions(1, { days: 7, limit: 10 }));
    await waitFor(() => expect(failed.result.current.isError).toBe(true));
    expect(api.requests(route)).toHaveLength(1);
    api.answerNext(route, {
      status: 429,
      headers: { 'Retry-After': '0' },
      body: { type: 'throttled_error', code: 'throttled', detail: 'Request was throttled.', attr: null },
    });
    const throttled = renderWithClient(() => useRecentExceptions(1, { days: 1, limit: 10 }));
    await waitFor(() => expect(throttled.result.current.isSuccess).toBe(true));
    expect(api.requests(route)).toHaveLength(3);
    expect(throttled.result.current.data!.results).toHaveLength(3);
  });
});
