import { act, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { rulesQueryOptions, useRules } from './get-rules';
import { useReorderRules, type ReorderCallbacks, type ReorderResult } from './reorder-rules';
import { intentOfMove } from './rule-order';
import { invalidateRules } from './rule-resource';
import { assignmentRule, ruleId } from '../../test/rule-fixtures';
import { renderWithClient } from '../../test/render-with-client';
import { errorAnswer, startTestApi } from '../../test/start-test-api';

beforeEach(() => resetThrottle());

const [a, b, c, d, e] = [1, 2, 3, 4, 5].map(ruleId) as [string, string, string, string, string];

const base = '/api/projects/1/error_tracking/assignment_rules/';
const reorderRoute = `PATCH ${base}reorder/`;

async function setup(keys: number[] = [0, 1, 2, 3, 4]) {
  const api = startTestApi();
  api.seedRules(
    'assignment',
    keys.map((key, index) => assignmentRule(index + 1, { order_key: key })),
  );
  const server = {
    api,
    /** The `orders` of every reorder request so far. */
    reorders: () => api.sent(reorderRoute).map((body) => (body as { orders: Record<string, number> }).orders),
    listRequests: () => api.requests('GET').length,
    /** The order the server holds. */
    order: () => api.readRules('assignment').map((rule) => rule.id),
    keys: () => api.readRules('assignment').map((rule) => rule.order_key),
  };
  const view = renderWithClient(() => ({ list: useRules(1, 'assignment'), reorder: useReorderRules(1, 'assignment') }));
  await waitFor(() => expect(view.result.current.list.data).toBeDefined());
  const cached = () => view.client.getQueryData(rulesQueryOptions(1, 'assignment').queryKey)!;
  const shown = () => cached().results.map((rule) => rule.id);
  const keysShown = () => cached().results.map((rule) => rule.order_key);
  /** Drops `id` so that the list shown becomes `ids`. */
  const drop = (id: string, ids: string[], callbacks?: ReorderCallbacks) => {
    let sent = false;
    act(() => {
      sent = view.result.current.reorder.move(intentOfMove(shown(), ids, id), callbacks);
    });
    return sent;
  };
  const idle = async () => {
    await waitFor(() => expect(view.result.current.reorder.isSaving).toBe(false));
    await waitFor(() => expect(view.result.current.list.isFetching).toBe(false));
  };
  return { server, view, shown, keysShown, drop, idle };
}

describe('useReorderRules', () => {
  it('shows the move at once, reads the server’s order, then sends one PATCH naming only the changed ids', async () => {
    const { server, shown, keysShown, drop, view, idle } = await setup();
    const listsBefore = server.listRequests();
    const held = server.api.hold(reorderRoute);

    expect(drop(d, [a, d, b, c, e])).toBe(true);

    await waitFor(() => expect(shown()).toEqual([a, d, b, c, e]));
    expect(keysShown()).toEqual([0, 1, 2, 3, 4]);
    await waitFor(() => expect(held.waitingCount()).toBe(1));
    expect(server.listRequests()).toBe(listsBefore + 1);
    expect(server.reorders()).toEqual([{ [d]: 1, [b]: 2, [c]: 3 }]);
    expect(view.result.current.reorder.isSaving).toBe(true);

    held.release();
    await idle();
    expect(server.order()).toEqual([a, d, b, c, e]);
    expect(shown()).toEqual([a, d, b, c, e]);
  });

  it('applies the move on top of someone else’s reorder, keeps both, and says it was rebased', async () => {
    const { server, shown, drop, idle } = await setup();
    // Someone else moved c to the top; this tab still shows a b c d e.
    await server.api.call('PATCH', `${base}reorder/`, { orders: { [c]: 0, [a]: 1, [b]: 2 } });
    let result: ReorderResult | undefined;

    drop(e, [a, e, b, c, d], { onSuccess: (done) => (result = done) });

    await waitFor(() => expect(result).toBeDefined());
    expect(result!.rebased).toBe(true);
    expect(result!.nextIds).toEqual([c, a, e, b, d]);
    await idle();
    expect(server.order()).toEqual([c, a, e, b, d]);
    expect(new Set(server.keys()).size).toBe(5);
    expect(shown()).toEqual([c, a, e, b, d]);
  });

  it('says when the rule was deleted meanwhile, and shows the list the server holds', async () => {
    const { server, shown, drop, idle } = await setup();
    await server.api.call('DELETE', `${base}${e}/`);
    const onError = vi.fn();

    drop(e, [e, a, b, c, d], { onError });

    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect((onError.mock.calls[0]![0] as ApiError).detail).toBe('Someone else deleted this rule.');
    expect(server.reorders()).toEqual([]);
    await idle();
    expect(shown()).toEqual([a, b, c, d]);
  });

  it('rolls back to the order shown before and reports the ApiError when the request fails', async () => {
    const { server, shown, drop } = await setup();
    server.api.failNext(reorderRoute);
    const onError = vi.fn();
    const onSuccess = vi.fn();
    let shownAtError: string[] = [];
    onError.mockImplementation(() => (shownAtError = shown()));

    drop(e, [e, a, b, c, d], { onSuccess, onError });

    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    const error = onError.mock.calls[0]![0] as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(500);
    expect(shownAtError).toEqual([a, b, c, d, e]);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(server.order()).toEqual([a, b, c, d, e]);
  });

  it('rebases a second drop made while the first is in flight on the order the first one left', async () => {
    const { server, shown, drop, idle } = await setup();
    const held = server.api.hold(reorderRoute);
    const second = vi.fn();

    drop(b, [b, a, c, d, e]);
    await waitFor(() => expect(shown()).toEqual([b, a, c, d, e]));
    drop(e, [b, a, e, c, d], { onSuccess: second });
    await waitFor(() => expect(shown()).toEqual([b, a, e, c, d]));

    await waitFor(() => expect(held.waitingCount()).toBe(1));
    expect(server.reorders()).toEqual([{ [b]: 0, [a]: 1 }]);
    held.release();
    await waitFor(() => expect(held.waitingCount()).toBe(1));
    expect(server.reorders()[1]).toEqual({ [e]: 2, [c]: 3, [d]: 4 });
    expect(shown()).toEqual([b, a, e, c, d]);
    held.release();

    await idle();
    expect((second.mock.calls[0]![0] as ReorderResult).rebased).toBe(false);
    expect(server.order()).toEqual([b, a, e, c, d]);
    expect(shown()).toEqual([b, a, e, c, d]);
  });

  it('keeps the later drop when an earlier one fails', async () => {
    const { server, shown, drop, idle } = await setup();
    const held = server.api.hold(reorderRoute);
    const firstFailed = vi.fn();

    drop(b, [b, a, c, d, e], { onError: firstFailed });
    await waitFor(() => expect(shown()).toEqual([b, a, c, d, e]));
    drop(e, [b, a, c, e, d]);
    await waitFor(() => expect(held.waitingCount()).toBe(1));
    held.release(errorAnswer(500, 'The database is locked.'));
    await waitFor(() => expect(firstFailed).toHaveBeenCalledTimes(1));
    expect(shown()).toEqual([b, a, c, e, d]);
    await waitFor(() => expect(held.waitingCount()).toBe(1));
    held.release();

    await idle();
    // The second drop meant "e above d": applied to the order the server kept (a b c d e).
    expect(server.order()).toEqual([a, b, c, e, d]);
    expect(shown()).toEqual([a, b, c, e, d]);
  });

  it('keeps other writes of the kind from refetching the old order while a reorder is saved', async () => {
    const { server, drop, shown, view, idle } = await setup();
    const held = server.api.hold(reorderRoute);

    drop(a, [b, c, d, e, a]);
    await waitFor(() => expect(held.waitingCount()).toBe(1));
    const listsWhileSaving = server.listRequests();
    await act(() => invalidateRules(view.client, 1, 'assignment'));

    expect(server.listRequests()).toBe(listsWhileSaving);
    expect(shown()).toEqual([b, c, d, e, a]);
    held.release();
    await idle();
    expect(shown()).toEqual([b, c, d, e, a]);
  });

  it('undoes a move by putting the rule back between its old neighbours', async () => {
    const { server, shown, drop, view, idle } = await setup();
    let result: ReorderResult | undefined;

    drop(e, [a, b, e, c, d], { onSuccess: (done) => (result = done) });
    await waitFor(() => expect(result).toBeDefined());
    expect(result!.orders).toEqual({ [e]: 2, [c]: 3, [d]: 4 });
    await idle();

    act(() => void view.result.current.reorder.move(result!.undo!));
    await waitFor(() => expect(server.reorders()).toHaveLength(2));
    expect(server.reorders()[1]).toEqual({ [c]: 2, [d]: 3, [e]: 4 });
    await idle();
    expect(server.order()).toEqual([a, b, c, d, e]);
    expect(shown()).toEqual([a, b, c, d, e]);
  });

  it('sends nothing for a drop that changes nothing', async () => {
    const { server, drop } = await setup();

    expect(drop(c, [a, b, c, d, e])).toBe(false);

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.reorders()).toEqual([]);
  });

  it('gives every rule its own key when the API left them all at order_key 0', async () => {
    const { server, drop, shown, keysShown, idle } = await setup([0, 0, 0, 0, 0]);
    expect(shown()).toEqual([a, b, c, d, e]);

    drop(e, [e, a, b, c, d]);

    await waitFor(() => expect(server.reorders()).toHaveLength(1));
    expect(server.reorders()[0]).toEqual({ [a]: 1, [b]: 2, [c]: 3, [d]: 4 });
    expect(keysShown()).toEqual([0, 1, 2, 3, 4]);
    await idle();
    expect(server.order()).toEqual([e, a, b, c, d]);
  });

  it('"Fix order" gives tied rules distinct keys in the order shown, and nothing else', async () => {
    const { server, view, shown, idle } = await setup([0, 0, 1, 1, 2]);

    act(() => void view.result.current.reorder.fixOrder());

    await waitFor(() => expect(server.reorders()).toHaveLength(1));
    expect(server.reorders()[0]).toEqual({ [b]: 1, [c]: 2, [d]: 3, [e]: 4 });
    await idle();
    expect(server.keys()).toEqual([0, 1, 2, 3, 4]);
    expect(shown()).toEqual([a, b, c, d, e]);
  });
});
