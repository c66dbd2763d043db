import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { hoursAgo, makeIssue } from '../../test/issue-fixtures';
import { startTestApi } from '../../test/start-test-api';
import { firstExceptionsWindow, getFirstExceptions } from './get-first-exceptions';

beforeEach(() => resetThrottle());

const route = 'GET /api/console/environments/1/exceptions/first/';

describe('getFirstExceptions (against the real server)', () => {
  it('asks for 100 issues a call, each batch with a window back to its oldest first sighting', async () => {
    const api = startTestApi();
    // Issue n was last seen n hours ago, with 2 events a second apart: its first is the older one.
    const issues = Array.from({ length: 150 }, (_, index) =>
      makeIssue(index + 1, { last_seen: hoursAgo(index + 1), occurrences: 2 }),
    );
    api.seedIssues(issues);
    const seen = issues.map((issue, index) => ({ id: issue.id, first_seen: hoursAgo(index + 1) }));
    const { events, skipped } = await getFirstExceptions(1, seen);

    const asked = api.requests(route).map((request) => ({
      issues: request.search.get('issues')!.split(','),
      days: request.search.get('days'),
    }));
    expect(asked.map((each) => each.issues.length)).toEqual([100, 50]);
    // Oldest first: 150 hours back (7 days, and one more), then 50 hours (3, and one more).
    expect(asked.map((each) => each.days)).toEqual(['8', '4']);
    expect(new Set(asked.flatMap((each) => each.issues))).toEqual(new Set(issues.map((issue) => issue.id)));
    expect(skipped).toBe(0);
    expect(events.size).toBe(150);
    for (const issue of issues) {
      const event = events.get(issue.id)!;
      expect(Date.parse(event.timestamp)).toBe(Date.parse(issue.last_seen) - 1000);
    }
  });

  it('reaches back as far as it may when an issue has no first sighting', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(firstExceptionsWindow([{ id: 'a', first_seen: '2026-05-30T12:00:00Z' }], now)).toBe(3);
    expect(
      firstExceptionsWindow(
        [
          { id: 'a', first_seen: '2026-05-30T12:00:00Z' },
          { id: 'b', first_seen: null },
        ],
        now,
      ),
    ).toBe(3650);
    expect(firstExceptionsWindow([{ id: 'a', first_seen: '2001-01-01T00:00:00Z' }], now)).toBe(3650);
  });
});
