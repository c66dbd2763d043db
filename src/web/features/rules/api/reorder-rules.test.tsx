import { act, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetThrottle } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { rulesQueryOptions, useRules } from './get-rules';
import { useReorderRules, type ReorderResult } from './reorder-rules';
import { invalidateRules } from './rule-resource';
import { assignmentRule, fakeRulesServer, renderWithClient, ruleId } from './rules-test-server';

beforeEach(() => resetThrottle());

const [a, b, c, d, e] = [1, 2, 3, 4, 5].map(ruleId) as [string, string, string, string, string];

async function setup(keys: number[] = [0, 1, 2, 3, 4]) {
  const server = fakeRulesServer(keys.map((key, index) => assignmentRule(index + 1, key)));
  const view = renderWithClient(() => ({ list: useRules(1, 'assignment'), reorder: useReorderRules(1, 'assignment') }));
  await waitFor(() => expect(view.result.current.list.data).toBeDefined());
  const cached = () => view.client.getQueryData(rulesQueryOptions(1, 'assignment').queryKey)!;
  const shown = () => cached().results.map((rule) => rule.id);
  const keysShown = () => cached().results.map((rule) => rule.order_key);
  const reorder = (ids: string[], callbacks?: Parameters<typeof view.result.current.reorder.reorder>[1]) => {
    let sent = false;
    act(() => {
      sent = view.result.current.reorder.reorder(ids, callbacks);
    });
    return sent;
  };
  return { server, view, shown, keysShown, reorder };
}

describe('useReorderRules', () => {
  it('shows the new order before the request answers, and sends one PATCH with only the changed ids', async () => {
    const { server, shown, keysShown, reorder, view } = await setup();
    server.hold();

    expect(reorder([a, d, b, c, e])).toBe(true);

    await waitFor(() => expect(shown()).toEqual([a, d, b, c, e]));
    expect(keysShown()).toEqual([0, 1, 2, 3, 4]);
    await waitFor(() => expect(server.waitingCount()).toBe(1));
    expect(server.reorders()).toEqual([{ [d]: 1, [b]: 2, [c]: 3 }]);
    expect(view.result.current.reorder.isSaving).toBe(true);

    server.release('ok');
    await waitFor(() => expect(view.result.current.reorder.isSaving).toBe(false));
    expect(server.reorders()).toHaveLength(1);
    expect(server.order()).toEqual([a, d, b, c, e]);
    await waitFor(() => expect(view.result.current.list.isFetching).toBe(false));
    expect(shown()).toEqual([a, d, b, c, e]);
  });

  it('rolls back to the saved order and reports the ApiError when the request fails', async () => {
    const { server, shown, reorder } = await setup();
    server.answerNext('fail');
    const onError = vi.fn();
    const onSuccess = vi.fn();
    let shownAtError: string[] = [];
    onError.mockImplementation(() => (shownAtError = shown()));

    reorder([e, a, b, c, d], { onSuccess, onError });

    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    const error = onError.mock.calls[0]![0] as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(500);
    expect(error.detail).toBe('The database is locked.');
    expect(shownAtError).toEqual([a, b, c, d, e]);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(server.order()).toEqual([a, b, c, d, e]);
  });

  it('ends in the second order when a second drop comes while the first is in flight', async () => {
    const { server, shown, reorder, view } = await setup();
    server.hold();

    reorder([b, a, c, d, e]);
    await waitFor(() => expect(shown()).toEqual([b, a, c, d, e]));
    reorder([b, a, e, c, d]);
    await waitFor(() => expect(shown()).toEqual([b, a, e, c, d]));

    // Serialized: the second request waits for the first answer.
    await waitFor(() => expect(server.waitingCount()).toBe(1));
    expect(server.reorders()).toEqual([{ [b]: 0, [a]: 1 }]);
    server.release('ok');
    await waitFor(() => expect(server.waitingCount()).toBe(1));
    // The diff from the confirmed order (b, a, c, d, e), not from the first request's starting point.
    expect(server.reorders()).toEqual([
      { [b]: 0, [a]: 1 },
      { [e]: 2, [c]: 3, [d]: 4 },
    ]);
    expect(shown()).toEqual([b, a, e, c, d]);
    const listRequestsBeforeIdle = server.listRequests();
    server.release('ok');

    await waitFor(() => expect(view.result.current.reorder.isSaving).toBe(false));
    await waitFor(() => expect(server.listRequests()).toBe(listRequestsBeforeIdle + 1));
    await waitFor(() => expect(view.result.current.list.isFetching).toBe(false));
    expect(server.order()).toEqual([b, a, e, c, d]);
    expect(shown()).toEqual([b, a, e, c, d]);
  });

  it('refetches only once the queue is idle, never between two queued drops', async () => {
    const { server, reorder, shown } = await setup();
    const listRequestsAtStart = server.listRequests();
    server.hold();

    reorder([b, a, c, d, e]);
    await waitFor(() => expect(shown()).toEqual([b, a, c, d, e]));
    reorder([c, b, a, d, e]);
    await waitFor(() => expect(server.waitingCount()).toBe(1));
    server.release('ok');
    await waitFor(() => expect(server.reorders()).toHaveLength(2));
    expect(server.listRequests()).toBe(listRequestsAtStart);

    server.release('ok');
    await waitFor(() => expect(server.listRequests()).toBe(listRequestsAtStart + 1));
    expect(shown()).toEqual([c, b, a, d, e]);
  });

  it('keeps other writes of the kind from refetching the old order while a reorder is saved', async () => {
    const { server, reorder, shown, view } = await setup();
    const listRequestsAtStart = server.listRequests();
    server.hold();

    reorder([e, d, c, b, a]);
    await waitFor(() => expect(server.waitingCount()).toBe(1));
    await act(() => invalidateRules(view.client, 1, 'assignment'));

    expect(server.listRequests()).toBe(listRequestsAtStart);
    expect(shown()).toEqual([e, d, c, b, a]);
    server.release('ok');
    await waitFor(() => expect(server.listRequests()).toBe(listRequestsAtStart + 1));
    await waitFor(() => expect(view.result.current.list.isFetching).toBe(false));
    expect(shown()).toEqual([e, d, c, b, a]);
  });

  it('rolls back only the drop that failed: the first one saved stays', async () => {
    const { server, shown, reorder, view } = await setup();
    server.hold();
    let shownAtError: string[] = [];
    const onError = vi.fn(() => (shownAtError = shown()));

    reorder([b, a, c, d, e]);
    await waitFor(() => expect(shown()).toEqual([b, a, c, d, e]));
    reorder([b, a, c, e, d], { onError });
    await waitFor(() => expect(server.waitingCount()).toBe(1));
    server.release('ok');
    await waitFor(() => expect(server.waitingCount()).toBe(1));
    server.release('fail');

    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(shownAtError).toEqual([b, a, c, d, e]);
    await waitFor(() => expect(view.result.current.list.isFetching).toBe(false));
    expect(server.order()).toEqual([b, a, c, d, e]);
    expect(shown()).toEqual([b, a, c, d, e]);
  });

  it('keeps the later drop when an earlier one fails: the order on screen is what gets saved', async () => {
    const { server, shown, reorder, view } = await setup();
    server.hold();
    const firstFailed = vi.fn();

    reorder([b, a, c, d, e], { onError: firstFailed });
    await waitFor(() => expect(shown()).toEqual([b, a, c, d, e]));
    reorder([b, a, c, e, d]);
    await waitFor(() => expect(server.waitingCount()).toBe(1));
    server.release('fail');
    await waitFor(() => expect(firstFailed).toHaveBeenCalledTimes(1));
    // Not rolled back: the queued drop carries this order.
    expect(shown()).toEqual([b, a, c, e, d]);
    await waitFor(() => expect(server.waitingCount()).toBe(1));
    expect(server.reorders()[1]).toEqual({ [b]: 0, [a]: 1, [e]: 3, [d]: 4 });
    server.release('ok');

    await waitFor(() => expect(view.result.current.reorder.isSaving).toBe(false));
    await waitFor(() => expect(view.result.current.list.isFetching).toBe(false));
    expect(server.order()).toEqual([b, a, c, e, d]);
    expect(shown()).toEqual([b, a, c, e, d]);
  });

  it('undoes a drop by sending the inverse reorder', async () => {
    const { server, shown, reorder, view } = await setup();
    let result: ReorderResult | undefined;

    reorder([a, b, e, c, d], { onSuccess: (done) => (result = done) });
    await waitFor(() => expect(result).toBeDefined());
    expect(result).toEqual({
      previousIds: [a, b, c, d, e],
      nextIds: [a, b, e, c, d],
      orders: { [e]: 2, [c]: 3, [d]: 4 },
    });
    await waitFor(() => expect(view.result.current.list.isFetching).toBe(false));

    reorder(result!.previousIds);
    await waitFor(() => expect(server.reorders()).toHaveLength(2));
    expect(server.reorders()[1]).toEqual({ [c]: 2, [d]: 3, [e]: 4 });
    await waitFor(() => expect(view.result.current.reorder.isSaving).toBe(false));
    expect(server.order()).toEqual([a, b, c, d, e]);
    expect(shown()).toEqual([a, b, c, d, e]);
  });

  it('sends nothing for a drop that changes nothing', async () => {
    const { server, reorder } = await setup();

    expect(reorder([a, b, c, d, e])).toBe(false);

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.reorders()).toEqual([]);
  });

  it('writes dense keys when the API gave every rule order_key 0', async () => {
    const { server, reorder, shown, keysShown, view } = await setup([0, 0, 0, 0, 0]);
    expect(shown()).toEqual([a, b, c, d, e]);

    reorder([e, a, b, c, d]);

    await waitFor(() => expect(server.reorders()).toHaveLength(1));
    expect(server.reorders()[0]).toEqual({ [a]: 1, [b]: 2, [c]: 3, [d]: 4 });
    expect(keysShown()).toEqual([0, 1, 2, 3, 4]);
    await waitFor(() => expect(view.result.current.reorder.isSaving).toBe(false));
    await waitFor(() => expect(view.result.current.list.isFetching).toBe(false));
    expect(server.order()).toEqual([e, a, b, c, d]);
    expect(shown()).toEqual([e, a, b, c, d]);
  });
});
