import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { AssignmentRule } from '../../../contract/rules';
import { createQueryClient } from '../../lib/query-client';
import { page } from '../../test/fixtures';
import { jsonResponse, stubFetch, type StubRequest } from '../../test/stub-fetch';

export const ruleId = (n: number) => `0190f4c4-8d2a-7a3b-9c1d-${String(n).padStart(12, '0')}`;

export function assignmentRule(n: number, order_key = n - 1): AssignmentRule {
  return {
    id: ruleId(n),
    order_key,
    filters: { type: 'AND', values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: [`E${n}`] }] },
    assignee: { type: 'user', id: n },
    disabled_data: null,
    created_at: `2026-01-0${Math.min(n, 9)}T10:00:00.000Z`,
    updated_at: null,
  };
}

/** Renders a hook under a QueryClient configured like the app's (a fresh one unless given). */
export function renderWithClient<T>(hook: () => T, client = createQueryClient()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, ...renderHook(hook, { wrapper }) };
}

type Outcome = 'ok' | 'fail';
const serverError = { type: 'server_error', code: 'error', detail: 'The database is locked.', attr: null };

/**
 * Assignment rules of environment 1 behind a stubbed fetch that behaves like the API: GET lists them by
 * order_key, PATCH reorder/ applies `orders`. With `hold()`, each reorder waits until `release()`.
 */
export function fakeRulesServer(initial: AssignmentRule[]) {
  const base = '/api/projects/1/error_tracking/assignment_rules/';
  let rules = initial.map((rule) => ({ ...rule }));
  let holding = false;
  const waiting: ((outcome: Outcome) => void)[] = [];
  const outcomes: Outcome[] = [];
  const sorted = () =>
    [...rules].sort((a, b) => a.order_key - b.order_key || (a.created_at ?? '').localeCompare(b.created_at ?? ''));

  const reorder = async ({ body }: StubRequest) => {
    const outcome = holding
      ? await new Promise<Outcome>((resolve) => waiting.push(resolve))
      : (outcomes.shift() ?? 'ok');
    if (outcome === 'fail') return jsonResponse(500, serverError);
    const orders = (body as { orders: Record<string, number> }).orders;
    rules = rules.map((rule) => (rule.id in orders ? { ...rule, order_key: orders[rule.id]! } : rule));
    return new Response(null, { status: 204 });
  };
  const fetchMock = stubFetch({ [base]: () => jsonResponse(200, page(sorted())), [`PATCH ${base}reorder/`]: reorder });

  return {
    fetchMock,
    /** The `orders` of every reorder request so far. */
    reorders: () =>
      fetchMock.mock.calls
        .filter(([input, init]) => String(input).endsWith('/reorder/') && init?.method === 'PATCH')
        .map(([, init]) => (JSON.parse(String(init?.body)) as { orders: Record<string, number> }).orders),
    listRequests: () => fetchMock.mock.calls.filter(([, init]) => (init?.method ?? 'GET') === 'GET').length,
    /** The order the server holds. */
    order: () => sorted().map((rule) => rule.id),
    keys: () => sorted().map((rule) => rule.order_key),
    /** Someone else's reorder or delete, straight on the server. */
    otherPersonReorders: (orders: Record<string, number>) =>
      (rules = rules.map((rule) => (rule.id in orders ? { ...rule, order_key: orders[rule.id]! } : rule))),
    otherPersonDeletes: (id: string) => (rules = rules.filter((rule) => rule.id !== id)),
    hold: () => (holding = true),
    /** Answers the oldest waiting reorder. */
    release: (outcome: Outcome = 'ok') => waiting.shift()?.(outcome),
    waitingCount: () => waiting.length,
    /** The next reorders (when not holding) answer these outcomes in turn. */
    answerNext: (...next: Outcome[]) => outcomes.push(...next),
  };
}
