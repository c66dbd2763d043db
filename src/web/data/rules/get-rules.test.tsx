import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GroupingRule } from '../../../contract/rules';
import { resetThrottle } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { createQueryClient } from '../../lib/query-client';
import { groupingRules, suppressionRules } from '../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/start-test-api';
import { getRule, useRule } from './get-rule';
import { getRules, rulesQueryOptions } from './get-rules';
import type { UnreadableRule } from './rule-list-item';
import { assignmentRule, ruleId } from '../../test/rule-fixtures';
import { renderWithClient } from '../../test/render-with-client';

beforeEach(() => resetThrottle());

const assignmentPath = '/api/projects/1/error_tracking/assignment_rules/';
const groupingPath = '/api/projects/1/error_tracking/grouping_rules/';

type Page = { count?: number; next?: string | null; previous?: string | null; results: Array<{ id: string }> };
/** The next answer to `route`, as `edit` makes it from the server's page. */
const editPage = (api: TestApi, route: string, edit: (page: Page) => object) =>
  api.editNext(route, (json) => edit(json as Page));
const listQueries = (api: TestApi, path: string) =>
  api.requests(`GET ${path}`).map((request) => request.search.toString());

describe('getRules', () => {
  it('asks for 1,000 rules a page and follows `next` on this origin until it is null', async () => {
    const api = startTestApi();
    api.seedRules(
      'assignment',
      Array.from({ length: 1001 }, (_, index) => assignmentRule(index + 1)),
    );
    // PostHog writes its own host in `next`: the app stays on its origin.
    editPage(api, `GET ${assignmentPath}`, (page) => ({
      ...page,
      next: `https://us.posthog.com${assignmentPath}?limit=1000&offset=1000`,
    }));

    const list = await getRules(1, 'assignment');

    expect(listQueries(api, assignmentPath)).toEqual(['limit=1000', 'limit=1000&offset=1000']);
    expect(list).toEqual({ count: 1001, results: api.readRules('assignment') });
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
    const api = startTestApi();
    api.seedRules('assignment', [r1, r3]);
    // Records the server would never hold, in the places PostHog listed them.
    editPage(api, `GET ${assignmentPath}`, ({ results: [first, third] }) => ({
      count: 5,
      next: null,
      previous: null,
      results: [first, odd, third, old, noId],
    }));

    const { results } = await getRules(1, 'assignment');

    expect(results.map((item) => item.id)).toEqual([r1.id, odd.id, r3.id, old.id, 'unreadable-4']);
    expect(results[0]).toEqual(r1);
    expect(results[1]).toMatchObject({ unreadable: true, serverId: odd.id, order_key: 1, raw: odd });
    expect((results[1] as UnreadableRule).reason).toContain('"nope" is not a valid operator.');
    expect(results[3]).toEqual({ ...old, created_at: null, updated_at: null });
    // A record without an order_key stays after the rule the server listed before it.
    expect(results[4]).toMatchObject({ unreadable: true, serverId: null, order_key: 3 });
  });

  it('reads a suppression rule from a PostHog without sampling (no sampling_rate)', async () => {
    const { sampling_rate: _rate, ...old } = suppressionRules[0]!;
    const api = startTestApi();
    api.seedRules('suppression', suppressionRules);
    editPage(api, 'GET /api/projects/1/error_tracking/suppression_rules/', (page) => ({
      ...page,
      results: page.results.map(({ sampling_rate: _left, ...rule }: { id: string; sampling_rate?: number }) => rule),
    }));
    const { results } = await getRules(1, 'suppression');
    expect(results).toEqual([old]);
  });

  it('sorts by order_key, then by creation time', async () => {
    const late = { ...assignmentRule(1, { order_key: 0 }), created_at: '2026-02-01T00:00:00Z' };
    const early = { ...assignmentRule(2, { order_key: 0 }), created_at: '2026-01-01T00:00:00.5Z' };
    const first = assignmentRule(3, { order_key: -1 });
    const api = startTestApi();
    api.seedRules('assignment', [late, early, first]);
    // PostHog promises no order: the server's sorted page, reversed.
    editPage(api, `GET ${assignmentPath}`, (page) => ({ ...page, results: [...page.results].reverse() }));

    const list = await getRules(1, 'assignment');

    expect(list.results.map((rule) => rule.id)).toEqual([ruleId(3), ruleId(2), ruleId(1)]);
  });

  it('reads the unpaginated grouping list, and follows `next` if an older PostHog paginates it', async () => {
    const api = startTestApi();
    api.seedRules('grouping', groupingRules);
    expect(await getRules(1, 'grouping')).toEqual({ count: 1, results: groupingRules });

    const second: GroupingRule = { ...groupingRules[0]!, id: ruleId(9), order_key: 1 };
    api.seedRules('grouping', [second]);
    const next = `http://localhost${groupingPath}?limit=1000&offset=1000`;
    editPage(api, `GET ${groupingPath}`, ({ results }) => ({ count: 2, next, previous: null, results: [results[0]] }));
    editPage(api, `GET ${groupingPath}`, ({ results }) => ({
      count: 2,
      next: null,
      previous: null,
      results: [results[1]],
    }));
    expect((await getRules(1, 'grouping')).results).toEqual([...groupingRules, second]);
    expect(listQueries(api, groupingPath)).toEqual(['limit=1000', 'limit=1000', 'limit=1000&offset=1000']);
  });

  it('stops when a page points back at one already read', async () => {
    const api = startTestApi();
    api.seedRules('assignment', [assignmentRule(1)]);
    editPage(api, `GET ${assignmentPath}`, (page) => ({ ...page, next: `${assignmentPath}?limit=1000` }));

    expect((await getRules(1, 'assignment')).count).toBe(1);
    expect(api.requests()).toHaveLength(1);
  });
});

describe('getRule', () => {
  const rule = assignmentRule(1);
  const rulePath = `${assignmentPath}${rule.id}/`;

  it('reads one rule and answers null for a 404', async () => {
    startTestApi().seedRules('assignment', [rule]);
    expect(await getRule(1, 'assignment', rule.id)).toEqual(rule);
    expect(await getRule(1, 'assignment', ruleId(2))).toBeNull();
  });

  it('throws other errors', async () => {
    const api = startTestApi();
    api.seedRules('assignment', [rule]);
    api.failNext(`GET ${rulePath}`, 403, 'No.');
    await expect(getRule(1, 'assignment', rule.id)).rejects.toBeInstanceOf(ApiError);
  });

  it('turns into "not found" when the rule is deleted elsewhere', async () => {
    const api = startTestApi();
    api.seedRules('assignment', [rule]);
    const { result, client } = renderWithClient(() => useRule(1, 'assignment', rule.id));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual(rule);

    api.deleteRule('assignment', rule.id);
    await client.invalidateQueries();

    await waitFor(() => expect(result.current.data).toBeNull());
  });

  it('shows the rule from a loaded list until its detail arrives', async () => {
    const api = startTestApi();
    api.seedRules('assignment', [rule]);
    const detail = api.hold(`GET ${rulePath}`);
    const client = createQueryClient();
    client.setQueryData(rulesQueryOptions(1, 'assignment').queryKey, { count: 1, results: [rule] });
    const { result } = renderWithClient(() => useRule(1, 'assignment', rule.id), client);

    expect(result.current.data).toEqual(rule);
    expect(result.current.isPlaceholderData).toBe(true);

    api.changeRule('assignment', rule.id, { assignee: { type: 'user', id: 9 } });
    const saved = api.readRules('assignment')[0];
    await vi.waitFor(() => expect(detail.waitingCount()).toBe(1));
    detail.release();
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.data).toEqual(saved);
    expect(saved).toMatchObject({ assignee: { type: 'user', id: 9 } });
  });
});
