import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GroupingRule } from '../../../contract/rules';
import { resetThrottle } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { createQueryClient } from '../../lib/query-client';
import { groupingRules, page, suppressionRules } from '../../test/fixtures';
import { fetchedPaths, jsonResponse, notFoundBody, stubFetch } from '../../test/stub-fetch';
import { getRule, useRule } from './get-rule';
import { getRules, rulesQueryOptions } from './get-rules';
import type { UnreadableRule } from './rule-list-item';
import { assignmentRule, ruleId } from '../../test/rule-fixtures';
import { renderWithClient } from '../../test/render-with-client';

beforeEach(() => resetThrottle());

const assignmentPath = '/api/projects/1/error_tracking/assignment_rules/';

describe('getRules', () => {
  it('asks for 1,000 rules a page and follows `next` on this origin until it is null', async () => {
    const [r1, r2, r3] = [
      assignmentRule(1, { order_key: 0 }),
      assignmentRule(2, { order_key: 1 }),
      assignmentRule(3, { order_key: 2 }),
    ];
    const fetchMock = stubFetch({
      [assignmentPath]: ({ url }) =>
        url.searchParams.get('offset') === '1000'
          ? jsonResponse(200, { count: 3, next: null, previous: 'x', results: [r3] })
          : jsonResponse(200, {
              count: 3,
              next: `https://us.posthog.com${assignmentPath}?limit=1000&offset=1000`,
              previous: null,
              results: [r1, r2],
            }),
    });

    const list = await getRules(1, 'assignment');

    expect(fetchedPaths(fetchMock)).toEqual([
      `${assignmentPath}?limit=1000`,
      `${assignmentPath}?limit=1000&offset=1000`,
    ]);
    expect(list).toEqual({ count: 3, results: [r1, r2, r3] });
  });

  it('reads each rule on its own: an odd record keeps its place as unreadable, older shapes are read', async () => {
    const [r1, r3] = [assignmentRule(1, { order_key: 0 }), assignmentRule(3, { order_key: 2 })];
    const odd = {
      ...assignmentRule(2, { order_key: 1 }),
      filters: { type: 'AND', values: [{ key: 'x', operator: 'nope' }] },
    };
    // Older PostHog versions sent assignment rules without created_at and updated_at.
    const { created_at: _c, updated_at: _u, ...old } = assignmentRule(4, { order_key: 3 });
    const noId = { filters: 'AND' };
    stubFetch({
      [assignmentPath]: () =>
        jsonResponse(200, { count: 5, next: null, previous: null, results: [r1, odd, r3, old, noId] }),
    });

    const { results } = await getRules(1, 'assignment');

    expect(results.map((item) => item.id)).toEqual([r1.id, odd.id, r3.id, old.id, 'unreadable-4']);
    expect(results[1]).toMatchObject({ unreadable: true, serverId: odd.id, order_key: 1, raw: odd });
    expect((results[1] as UnreadableRule).reason).toContain('"nope" is not a valid operator.');
    expect(results[3]).toEqual({ ...old, created_at: null, updated_at: null });
    // A record without an order_key stays after the rule the server listed before it.
    expect(results[4]).toMatchObject({ unreadable: true, serverId: null, order_key: 3 });
  });

  it('reads a suppression rule from a PostHog without sampling (no sampling_rate)', async () => {
    const { sampling_rate: _rate, ...old } = suppressionRules[0]!;
    stubFetch({ '/api/projects/1/error_tracking/suppression_rules/': () => jsonResponse(200, page([old])) });
    const { results } = await getRules(1, 'suppression');
    expect(results).toEqual([old]);
  });

  it('sorts by order_key, then by creation time', async () => {
    const late = { ...assignmentRule(1, { order_key: 0 }), created_at: '2026-02-01T00:00:00Z' };
    const early = { ...assignmentRule(2, { order_key: 0 }), created_at: '2026-01-01T00:00:00.5Z' };
    const first = assignmentRule(3, { order_key: -1 });
    stubFetch({ [assignmentPath]: { count: 3, next: null, previous: null, results: [late, early, first] } });

    const list = await getRules(1, 'assignment');

    expect(list.results.map((rule) => rule.id)).toEqual([ruleId(3), ruleId(2), ruleId(1)]);
  });

  it('reads the unpaginated grouping list, and follows `next` if an older PostHog paginates it', async () => {
    stubFetch({ '/api/projects/1/error_tracking/grouping_rules/': { results: groupingRules } });
    expect(await getRules(1, 'grouping')).toEqual({ count: 1, results: groupingRules });

    const second: GroupingRule = { ...groupingRules[0]!, id: ruleId(9), order_key: 1 };
    const fetchMock = stubFetch({
      '/api/projects/1/error_tracking/grouping_rules/': ({ url }) =>
        jsonResponse(200, {
          count: 2,
          next: url.searchParams.has('offset')
            ? null
            : 'http://localhost/api/projects/1/error_tracking/grouping_rules/?limit=1000&offset=1000',
          previous: null,
          results: url.searchParams.has('offset') ? [second] : groupingRules,
        }),
    });
    expect((await getRules(1, 'grouping')).results).toEqual([...groupingRules, second]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('stops when a page points back at one already read', async () => {
    const fetchMock = stubFetch({
      [assignmentPath]: {
        count: 1,
        next: `${assignmentPath}?limit=1000`,
        previous: null,
        results: [assignmentRule(1)],
      },
    });

    expect((await getRules(1, 'assignment')).count).toBe(1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('getRule', () => {
  const rule = assignmentRule(1);

  it('reads one rule and answers null for a 404', async () => {
    stubFetch({ [`${assignmentPath}${rule.id}/`]: rule });
    expect(await getRule(1, 'assignment', rule.id)).toEqual(rule);
    expect(await getRule(1, 'assignment', ruleId(2))).toBeNull();
  });

  it('throws other errors', async () => {
    stubFetch({
      [`${assignmentPath}${rule.id}/`]: () =>
        jsonResponse(403, { ...notFoundBody, code: 'permission_denied', detail: 'No.' }),
    });
    await expect(getRule(1, 'assignment', rule.id)).rejects.toBeInstanceOf(ApiError);
  });

  it('turns into "not found" when the rule is deleted elsewhere', async () => {
    let deleted = false;
    stubFetch({
      [`${assignmentPath}${rule.id}/`]: () => (deleted ? jsonResponse(404, notFoundBody) : jsonResponse(200, rule)),
    });
    const { result, client } = renderWithClient(() => useRule(1, 'assignment', rule.id));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual(rule);

    deleted = true;
    await client.invalidateQueries();

    await waitFor(() => expect(result.current.data).toBeNull());
  });

  it('shows the rule from a loaded list until its detail arrives', async () => {
    let answer: (response: Response) => void = () => {};
    stubFetch({ [`${assignmentPath}${rule.id}/`]: () => new Promise<Response>((resolve) => (answer = resolve)) });
    const client = createQueryClient();
    client.setQueryData(rulesQueryOptions(1, 'assignment').queryKey, { count: 1, results: [rule] });
    const { result } = renderWithClient(() => useRule(1, 'assignment', rule.id), client);

    expect(result.current.data).toEqual(rule);
    expect(result.current.isPlaceholderData).toBe(true);

    const saved = { ...rule, updated_at: '2026-03-01T00:00:00Z' };
    answer(jsonResponse(200, saved));
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.data).toEqual(saved);
  });
});
