import { act, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SuppressionRule } from '../../../contract/rules';
import { resetThrottle } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { groupingRules } from '../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/start-test-api';
import { useCreateRule } from './create-rule';
import { deleteRule, useDeleteRule } from './delete-rule';
import { useDeleteRules, type DeleteRulesResult } from './delete-rules';
import { useDuplicateRule } from '../../features/rules/kinds/use-duplicate-rule';
import { useRule } from './get-rule';
import { useRules } from './get-rules';
import { assignmentRule, ruleId } from '../../test/rule-fixtures';
import { renderWithClient } from '../../test/render-with-client';
import { useUpdateRule } from './update-rule';

beforeEach(() => resetThrottle());

const env = '/api/projects/1/error_tracking';
const count = (api: TestApi, route: string) => api.requests(route).length;

describe('useCreateRule', () => {
  it('appends the new rule (order_key = count), keeps its detail and refreshes the list', async () => {
    const api = startTestApi();
    api.seedRules('assignment', [assignmentRule(1, { order_key: 0 }), assignmentRule(2, { order_key: 1 })]);
    const filters = assignmentRule(3).filters;
    const { result } = renderWithClient(() => ({
      list: useRules(1, 'assignment'),
      create: useCreateRule(1, 'assignment'),
    }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));

    await act(() => result.current.create.mutateAsync({ filters, assignee: { type: 'user', id: '3' } }));

    expect(api.sent(`POST ${env}/assignment_rules/`)).toEqual([
      { filters, assignee: { type: 'user', id: 3 }, order_key: 2 },
    ]);
    expect(api.readRules('assignment').map((rule) => rule.order_key)).toEqual([0, 1, 2]);
    await waitFor(() => expect(count(api, `GET ${env}/assignment_rules/`)).toBe(2));
  });

  it('sends the suppression defaults of the contract and reports a 400 with its attr', async () => {
    const api = startTestApi();
    api.failNext(
      `POST ${env}/suppression_rules/`,
      400,
      'Ensure this value is less than or equal to 1.',
      'sampling_rate',
    );
    const { result } = renderWithClient(() => useCreateRule(1, 'suppression'));

    const error = await act(() => result.current.mutateAsync({ filters: null, sampling_rate: 0.5 }).catch((e) => e));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).attr).toBe('sampling_rate');
    expect(api.sent(`POST ${env}/suppression_rules/`)).toEqual([
      { filters: { type: 'AND', values: [] }, sampling_rate: 0.5 },
    ]);
  });
});

describe('useUpdateRule', () => {
  it('sends only what the kind can change (grouping: filters) and refreshes the list and the detail', async () => {
    const rule = groupingRules[0]!;
    const api = startTestApi();
    api.seedRules('grouping', groupingRules);
    const { result } = renderWithClient(() => ({
      list: useRules(1, 'grouping'),
      detail: useRule(1, 'grouping', rule.id),
      update: useUpdateRule(1, 'grouping'),
    }));
    await waitFor(() => expect(result.current.detail.isSuccess && !result.current.detail.isPlaceholderData).toBe(true));
    const filters = {
      type: 'AND' as const,
      values: [{ key: '$browser', type: 'event', operator: 'exact', value: ['Safari'] }],
    };

    await act(() =>
      result.current.update.mutateAsync({
        id: rule.id,
        input: { filters, assignee: { type: 'user', id: 1 }, description: 'ignored' } as never,
      }),
    );

    expect(api.sent(`PATCH ${env}/grouping_rules/${rule.id}/`)).toEqual([{ filters }]);
    expect(api.readRules('grouping')[0]).toMatchObject({ filters, description: rule.description });
    await waitFor(() => expect(count(api, `GET ${env}/grouping_rules/`)).toBe(2));
    await waitFor(() => expect(count(api, `GET ${env}/grouping_rules/${rule.id}/`)).toBe(2));
  });
});

describe('useDeleteRule and useDeleteRules', () => {
  const rules = [assignmentRule(1), assignmentRule(2), assignmentRule(3)];
  const listRoute = `GET ${env}/assignment_rules/`;

  /** The real server holding `rules`, and the list loaded; its refetches wait until released. */
  async function loadedList<T>(hook: () => T & { list: ReturnType<typeof useRules<'assignment'>> }) {
    const api = startTestApi();
    api.seedRules('assignment', rules);
    const view = renderWithClient(hook);
    await waitFor(() => expect(view.result.current.list.isSuccess).toBe(true));
    return { api, ...view, refetch: api.hold(listRoute) };
  }

  it('takes a deleted rule off the list at once', async () => {
    const { api, result } = await loadedList(() => ({
      list: useRules(1, 'assignment'),
      remove: useDeleteRule(1, 'assignment'),
    }));

    act(() => result.current.remove.mutate(ruleId(1)));

    await waitFor(() =>
      expect(result.current.list.data?.results.map((rule) => rule.id)).toEqual([ruleId(2), ruleId(3)]),
    );
    expect(result.current.list.data?.count).toBe(2);
    expect(count(api, `DELETE ${env}/assignment_rules/${ruleId(1)}/`)).toBe(1);
    await waitFor(() => expect(count(api, listRoute)).toBe(2));
  });

  it('counts a rule that is already gone (404) as deleted, and throws other errors', async () => {
    const api = startTestApi();
    api.seedRules('assignment', [assignmentRule(2)]);
    api.failNext(`DELETE ${env}/assignment_rules/${ruleId(2)}/`, 403, 'No write scope.');

    // Rule 1 is not on the server: it answers 404.
    await expect(deleteRule(1, 'assignment', ruleId(1))).resolves.toBeUndefined();
    await expect(deleteRule(1, 'assignment', ruleId(2))).rejects.toMatchObject({ status: 403 });
    expect(api.readRules('assignment')).toHaveLength(1);
  });

  it('deletes many, one request each, and reports which failed', async () => {
    const { api, result, refetch } = await loadedList(() => ({
      list: useRules(1, 'assignment'),
      removeMany: useDeleteRules(1, 'assignment'),
    }));
    api.failNext(`DELETE ${env}/assignment_rules/${ruleId(2)}/`, 500, 'Boom.');
    let outcome: DeleteRulesResult | undefined;

    act(() => result.current.removeMany.mutate([ruleId(1), ruleId(2), ruleId(3)], { onSuccess: (r) => (outcome = r) }));

    await waitFor(() => expect(result.current.list.data?.results.map((rule) => rule.id)).toEqual([ruleId(2)]));
    expect(api.requests('DELETE')).toHaveLength(3);
    // The mutation settles once the refetched list has arrived.
    await waitFor(() => expect(count(api, listRoute)).toBe(2));
    expect(outcome).toBeUndefined();
    refetch.release();
    await waitFor(() => expect(outcome).toBeDefined());
    expect(outcome?.deleted).toEqual([ruleId(1), ruleId(3)]);
    expect(outcome?.failed.map((failure) => failure.id)).toEqual([ruleId(2)]);
    expect((outcome?.failed[0]?.error as ApiError).detail).toBe('Boom.');
    expect(api.readRules('assignment').map((rule) => rule.id)).toEqual([ruleId(2)]);
  });
});

describe('useDuplicateRule', () => {
  it('copies a grouping rule to the end of the list', async () => {
    const source = { ...groupingRules[0]!, assignee: { type: 'role' as const, id: ruleId(50) } };
    const api = startTestApi();
    api.seedRules('grouping', [source]);
    const { result } = renderWithClient(() => ({
      list: useRules(1, 'grouping'),
      duplicate: useDuplicateRule(1, 'grouping'),
    }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));

    const { rule: copy, placement } = await act(() => result.current.duplicate.mutateAsync(source));

    expect(api.sent(`POST ${env}/grouping_rules/`)).toEqual([
      { filters: source.filters, assignee: source.assignee, description: 'Chrome noise' },
    ]);
    // The server, as PostHog, creates a grouping rule at order_key 0 whatever it is asked: one reorder puts the
    // copy after its source.
    expect(copy).toMatchObject({ filters: source.filters, assignee: source.assignee, order_key: 0 });
    expect(placement).toEqual({ ok: true });
    expect(api.sent(`PATCH ${env}/grouping_rules/reorder/`)).toEqual([{ orders: { [copy.id]: 1 } }]);
    expect(api.readRules('grouping').map((rule) => [rule.id, rule.order_key])).toEqual([
      [source.id, 0],
      [copy.id, 1],
    ]);
  });

  it('copies the sampling rate of a suppression rule', async () => {
    const source: SuppressionRule = {
      id: ruleId(1),
      order_key: 4,
      filters: { type: 'AND', values: [] },
      sampling_rate: 0.25,
      disabled_data: { message: 'Invalid regex' },
      created_at: '2026-01-01T00:00:00Z',
      updated_at: null,
    };
    const api = startTestApi();
    api.seedRules('suppression', [source]);
    const { result } = renderWithClient(() => ({
      list: useRules(1, 'suppression'),
      duplicate: useDuplicateRule(1, 'suppression'),
    }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));

    const { rule: copy } = await act(() => result.current.duplicate.mutateAsync(source));

    // PostHog takes no order_key on this create: the copy comes back at 0, before the source (key 4), so one
    // reorder moves it past the source.
    expect(api.sent(`POST ${env}/suppression_rules/`)).toEqual([
      { filters: { type: 'AND', values: [] }, sampling_rate: 0.25 },
    ]);
    expect(copy).toMatchObject({ order_key: 0, sampling_rate: 0.25 });
    expect(api.sent(`PATCH ${env}/suppression_rules/reorder/`)).toEqual([{ orders: { [copy.id]: 5 } }]);
    expect(api.readRules('suppression').map((rule) => rule.id)).toEqual([source.id, copy.id]);
  });
});
