import { screen, within } from '@testing-library/react';
import type { AssignmentRule } from '../../../../../contract/rules';
import { backendRoutes, page } from '../../../../test/fixtures';
import { organizationRoutes } from '../../../../test/organization-fixtures';
import { jsonResponse, stubFetch, type StubRequest } from '../../../../test/stub-fetch';

/** The rows' filter text in the order shown: ['E1', 'E2', …]. */
export const order = () =>
  within(screen.getByRole('list', { name: 'Assignment rules, in evaluation order' }))
    .getAllByRole('article')
    .map((row) => /E\d+/.exec(row.textContent ?? '')?.[0]);

export const ruleId = (n: number) => `0190f4c4-8d2a-7a3b-9c1d-${String(n).padStart(12, '0')}`;

/** Assignment rule n: "Exception type is E<n>", assigned to `assignee`. */
export function rule(n: number, assignee: AssignmentRule['assignee'], extra: Partial<AssignmentRule> = {}) {
  return {
    id: ruleId(n),
    order_key: n - 1,
    filters: { type: 'AND', values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: [`E${n}`] }] },
    assignee,
    disabled_data: null,
    created_at: '2026-01-02T10:00:00.000Z',
    updated_at: null,
    ...extra,
  } satisfies AssignmentRule;
}

const serverError = { type: 'server_error', code: 'error', detail: 'The database is locked.', attr: null };

/**
 * The whole app's backend, with env 1's assignment rules held in memory: GET lists them by order_key, PATCH
 * reorder/ applies `orders` (or answers 500 with `failReorders`), POST creates (the first `failCreates` answer 500),
 * DELETE removes one (ids in `failDeletes` answer 500).
 */
export function rulesListServer(
  initial: AssignmentRule[],
  { failDeletes = [] as string[], failReorders = false, failCreates = 0 } = {},
) {
  const base = '/api/projects/1/error_tracking/assignment_rules/';
  let rules = initial.map((each) => ({ ...each }));
  const sorted = () => [...rules].sort((a, b) => a.order_key - b.order_key);
  const reorder = ({ body }: StubRequest) => {
    if (failReorders) return jsonResponse(500, serverError);
    const { orders } = body as { orders: Record<string, number> };
    rules = rules.map((each) => (each.id in orders ? { ...each, order_key: orders[each.id]! } : each));
    return new Response(null, { status: 204 });
  };
  const remove = (id: string) => () => {
    if (failDeletes.includes(id)) return jsonResponse(500, serverError);
    rules = rules.filter((each) => each.id !== id);
    return new Response(null, { status: 204 });
  };
  let createsToFail = failCreates;
  const create = ({ body }: StubRequest) => {
    if (createsToFail-- > 0) return jsonResponse(500, serverError);
    const created = { ...rule(rules.length + 100, null), ...(body as Partial<AssignmentRule>) };
    rules = [...rules, created];
    return jsonResponse(201, created);
  };
  const fetchMock = stubFetch({
    ...backendRoutes(),
    ...organizationRoutes(),
    [base]: () => jsonResponse(200, page(sorted())),
    [`PATCH ${base}reorder/`]: reorder,
    [`POST ${base}`]: create,
    ...Object.fromEntries(initial.map((each) => [`DELETE ${base}${each.id}/`, remove(each.id)])),
  });
  const calls = (method: string, suffix = '') =>
    fetchMock.mock.calls.filter(
      ([input, init]) =>
        (init?.method ?? 'GET') === method && new URL(String(input), 'http://x').pathname.endsWith(suffix),
    );
  return {
    fetchMock,
    /** The `orders` of every reorder request so far. */
    reorders: () =>
      calls('PATCH', '/reorder/').map(([, init]) => (JSON.parse(String(init?.body)) as { orders: object }).orders),
    deletes: () => calls('DELETE').map(([input]) => String(input)),
    creates: () => calls('POST').map(([, init]) => JSON.parse(String(init?.body)) as object),
    order: () => sorted().map((each) => each.id),
  };
}
