import { act, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SuppressionRule } from '../../../contract/rules';
import { resetThrottle } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { groupingRules, page } from '../../test/fixtures';
import { jsonResponse, notFoundBody, stubFetch, type StubRequest } from '../../test/stub-fetch';
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
const noContent = () => new Response(null, { status: 204 });

/** Records every request and answers from `routes`; GET lists answer `lists`. */
function backend(routes: Record<string, (request: StubRequest) => Response | Promise<Response>>) {
  const requests: { method: string; path: string; body: unknown }[] = [];
  const record = (handler: (request: StubRequest) => Response | Promise<Response>) => (request: StubRequest) => {
    requests.push({ method: request.method, path: request.url.pathname, body: request.body });
    return handler(request);
  };
  stubFetch(Object.fromEntries(Object.entries(routes).map(([route, handler]) => [route, record(handler)])));
  const count = (method: string, path: string) =>
    requests.filter((request) => request.method === method && request.path === path).length;
  return { requests, count };
}

describe('useCreateRule', () => {
  it('appends the new rule (order_key = count), keeps its detail and refreshes the list', async () => {
    const rules = [assignmentRule(1, { order_key: 0 }), assignmentRule(2, { order_key: 1 })];
    const created = assignmentRule(3, { order_key: 2 });
    const server = backend({
      [`${env}/assignment_rules/`]: () => jsonResponse(200, page(rules)),
      [`POST ${env}/assignment_rules/`]: () => jsonResponse(201, created),
    });
    const { result } = renderWithClient(() => ({
      list: useRules(1, 'assignment'),
      create: useCreateRule(1, 'assignment'),
    }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));

    await act(() =>
      result.current.create.mutateAsync({ filters: created.filters, assignee: { type: 'user', id: '3' } }),
    );

    expect(server.requests.find((request) => request.method === 'POST')?.body).toEqual({
      filters: created.filters,
      assignee: { type: 'user', id: 3 },
      order_key: 2,
    });
    await waitFor(() => expect(server.count('GET', `${env}/assignment_rules/`)).toBe(2));
  });

  it('sends the suppression defaults of the contract and reports a 400 with its attr', async () => {
    const server = backend({
      [`POST ${env}/suppression_rules/`]: () =>
        jsonResponse(400, {
          type: 'validation_error',
          code: 'invalid_input',
          detail: 'Ensure this value is less than or equal to 1.',
          attr: 'sampling_rate',
        }),
    });
    const { result } = renderWithClient(() => useCreateRule(1, 'suppression'));

    const error = await act(() => result.current.mutateAsync({ filters: null, sampling_rate: 0.5 }).catch((e) => e));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).attr).toBe('sampling_rate');
    expect(server.requests.find((request) => request.method === 'POST')?.body).toEqual({
      filters: { type: 'AND', values: [] },
      sampling_rate: 0.5,
    });
  });
});

describe('useUpdateRule', () => {
  it('sends only what the kind can change (grouping: filters) and refreshes the list and the detail', async () => {
    const rule = groupingRules[0]!;
    const server = backend({
      [`${env}/grouping_rules/`]: () => jsonResponse(200, { results: groupingRules }),
      [`${env}/grouping_rules/${rule.id}/`]: () => jsonResponse(200, rule),
      [`PATCH ${env}/grouping_rules/${rule.id}/`]: noContent,
    });
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

    expect(server.requests.find((request) => request.method === 'PATCH')?.body).toEqual({ filters });
    await waitFor(() => expect(server.count('GET', `${env}/grouping_rules/`)).toBe(2));
    await waitFor(() => expect(server.count('GET', `${env}/grouping_rules/${rule.id}/`)).toBe(2));
  });
});

describe('useDeleteRule and useDeleteRules', () => {
  const rules = [assignmentRule(1), assignmentRule(2), assignmentRule(3)];
  /** The list answers at once the first time; later (the refetch after a delete) only when `answer` is called. */
  function heldList() {
    let calls = 0;
    let answer: (results: typeof rules) => void = () => {};
    const handler = () =>
      ++calls === 1
        ? jsonResponse(200, page(rules))
        : new Promise<Response>((resolve) => (answer = (results) => resolve(jsonResponse(200, page(results)))));
    return { handler, answer: (results: typeof rules) => answer(results) };
  }

  it('takes a deleted rule off the list at once', async () => {
    const server = backend({
      [`${env}/assignment_rules/`]: heldList().handler,
      [`DELETE ${env}/assignment_rules/${ruleId(1)}/`]: noContent,
    });
    const { result } = renderWithClient(() => ({
      list: useRules(1, 'assignment'),
      remove: useDeleteRule(1, 'assignment'),
    }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));

    act(() => result.current.remove.mutate(ruleId(1)));

    await waitFor(() =>
      expect(result.current.list.data?.results.map((rule) => rule.id)).toEqual([ruleId(2), ruleId(3)]),
    );
    expect(result.current.list.data?.count).toBe(2);
    expect(server.count('DELETE', `${env}/assignment_rules/${ruleId(1)}/`)).toBe(1);
    await waitFor(() => expect(server.count('GET', `${env}/assignment_rules/`)).toBe(2));
  });

  it('counts a rule that is already gone (404) as deleted, and throws other errors', async () => {
    backend({
      [`DELETE ${env}/assignment_rules/${ruleId(1)}/`]: () => jsonResponse(404, notFoundBody),
      [`DELETE ${env}/assignment_rules/${ruleId(2)}/`]: () =>
        jsonResponse(403, { ...notFoundBody, code: 'permission_denied', detail: 'No write scope.' }),
    });

    await expect(deleteRule(1, 'assignment', ruleId(1))).resolves.toBeUndefined();
    await expect(deleteRule(1, 'assignment', ruleId(2))).rejects.toMatchObject({ status: 403 });
  });

  it('deletes many, one request each, and reports which failed', async () => {
    const list = heldList();
    const server = backend({
      [`${env}/assignment_rules/`]: list.handler,
      [`DELETE ${env}/assignment_rules/${ruleId(1)}/`]: noContent,
      [`DELETE ${env}/assignment_rules/${ruleId(2)}/`]: () =>
        jsonResponse(500, { type: 'server_error', code: 'error', detail: 'Boom.', attr: null }),
      [`DELETE ${env}/assignment_rules/${ruleId(3)}/`]: noContent,
    });
    const { result } = renderWithClient(() => ({
      list: useRules(1, 'assignment'),
      removeMany: useDeleteRules(1, 'assignment'),
    }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    let outcome: DeleteRulesResult | undefined;

    act(() => result.current.removeMany.mutate([ruleId(1), ruleId(2), ruleId(3)], { onSuccess: (r) => (outcome = r) }));

    await waitFor(() => expect(result.current.list.data?.results.map((rule) => rule.id)).toEqual([ruleId(2)]));
    expect(server.requests.filter((request) => request.method === 'DELETE')).toHaveLength(3);
    // The mutation settles once the refetched list has arrived.
    await waitFor(() => expect(server.count('GET', `${env}/assignment_rules/`)).toBe(2));
    list.answer([rules[1]!]);
    await waitFor(() => expect(outcome).toBeDefined());
    expect(outcome?.deleted).toEqual([ruleId(1), ruleId(3)]);
    expect(outcome?.failed.map((failure) => failure.id)).toEqual([ruleId(2)]);
    expect((outcome?.failed[0]?.error as ApiError).detail).toBe('Boom.');
  });
});

describe('useDuplicateRule', () => {
  it('copies a grouping rule to the end of the list', async () => {
    const source = { ...groupingRules[0]!, assignee: { type: 'role' as const, id: ruleId(50) } };
    const copy = { ...source, id: ruleId(7), order_key: 1 };
    const server = backend({
      [`${env}/grouping_rules/`]: () => jsonResponse(200, { results: [source] }),
      [`POST ${env}/grouping_rules/`]: () => jsonResponse(201, copy),
    });
    const { result } = renderWithClient(() => ({
      list: useRules(1, 'grouping'),
      duplicate: useDuplicateRule(1, 'grouping'),
    }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));

    // The server put the copy where it was asked to: no reorder follows.
    expect(await act(() => result.current.duplicate.mutateAsync(source))).toEqual({
      rule: copy,
      placement: { ok: true },
    });
    expect(server.requests.filter((request) => request.method === 'PATCH')).toEqual([]);
    expect(server.requests.find((request) => request.method === 'POST')?.body).toEqual({
      filters: source.filters,
      assignee: source.assignee,
      description: 'Chrome noise',
    });
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
    const server = backend({
      [`${env}/suppression_rules/`]: () => jsonResponse(200, page([source])),
      [`POST ${env}/suppression_rules/`]: () => jsonResponse(201, { ...source, id: ruleId(2), order_key: 5 }),
    });
    const { result } = renderWithClient(() => ({
      list: useRules(1, 'suppression'),
      duplicate: useDuplicateRule(1, 'suppression'),
    }));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));

    await act(() => result.current.duplicate.mutateAsync(source));

    // PostHog takes no order_key on this create; the copy came back after the source (key 5 past 4), so no
    // reorder follows.
    expect(server.requests.find((request) => request.method === 'POST')?.body).toEqual({
      filters: { type: 'AND', values: [] },
      sampling_rate: 0.25,
    });
    expect(server.requests.filter((request) => request.method === 'PATCH')).toEqual([]);
  });
});
