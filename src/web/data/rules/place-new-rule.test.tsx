import { act, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GroupingRule } from '../../../contract/rules';
import { resetThrottle } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { groupingRules } from '../../test/fixtures';
import { jsonResponse, stubFetch } from '../../test/stub-fetch';
import { useCreateRule } from './create-rule';
import { describeReorderError, reorderNeedsNewerPostHog } from './describe-reorder-error';
import { useRules } from './get-rules';
import { runningPosition } from './place-new-rule';
import { ruleId } from '../../test/rule-fixtures';
import { renderWithClient } from '../../test/render-with-client';

beforeEach(() => resetThrottle());

const base = '/api/projects/1/error_tracking/grouping_rules/';
const existing: GroupingRule[] = [groupingRules[0]!, { ...groupingRules[0]!, id: ruleId(2), order_key: 1 }];
// What PostHog answers: it ignores order_key on create, so the new rule has 0, tied with the first.
const created: GroupingRule = { ...groupingRules[0]!, id: ruleId(9), order_key: 0, created_at: '2026-03-01T00:00:00Z' };
const keyRefused = {
  type: 'authentication_error',
  code: 'permission_denied',
  detail: 'This action does not support Personal API Key access',
  attr: null,
};

function server(reorder: () => Response) {
  return stubFetch({
    [base]: () => jsonResponse(200, { results: existing }),
    [`POST ${base}`]: () => jsonResponse(201, created),
    [`PATCH ${base}reorder/`]: reorder,
  });
}

const reorderBodies = (fetchMock: ReturnType<typeof stubFetch>) =>
  fetchMock.mock.calls.flatMap(([input, init]) =>
    init?.method === 'PATCH' && String(input).endsWith('/reorder/') ? [JSON.parse(String(init.body)) as unknown] : [],
  );

async function createGroupingRule() {
  const { result } = renderWithClient(() => ({ list: useRules(1, 'grouping'), create: useCreateRule(1, 'grouping') }));
  await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
  return act(() => result.current.create.mutateAsync({ filters: created.filters }));
}

describe('creating a grouping rule', () => {
  it('follows the create with a reorder that puts the new rule last, not tied with the first', async () => {
    const fetchMock = server(() => new Response(null, { status: 204 }));
    const { placement } = await createGroupingRule();
    expect(placement).toEqual({ ok: true });
    expect(reorderBodies(fetchMock)).toEqual([{ orders: { [created.id]: 2 } }]);
  });

  it('says where the rule really runs when the reorder is refused', async () => {
    server(() => jsonResponse(403, keyRefused));
    const { placement } = await createGroupingRule();
    expect(placement.ok).toBe(false);
    if (placement.ok) return;
    // Tied at 0 with the first rule, and created after it.
    expect(placement.position).toBe(2);
    expect(describeReorderError(placement.error)).toBe(reorderNeedsNewerPostHog);
  });
});

describe('describeReorderError', () => {
  it('explains the older PostHog refusal, and leaves any other 403 as PostHog says it', () => {
    expect(describeReorderError(new ApiError(403, keyRefused))).toMatch(/needs a newer PostHog.*error_tracking:write/);
    const scope = { ...keyRefused, detail: "API key missing required scope 'error_tracking:write'" };
    expect(describeReorderError(new ApiError(403, scope))).toContain('error_tracking:write');
    expect(describeReorderError(new ApiError(403, scope))).not.toContain('newer PostHog');
  });
});

describe('runningPosition', () => {
  it('counts the rules with a lower key, and those with the same key created no later', () => {
    const at = (order_key: number, created_at: string | null) => ({ order_key, created_at });
    const others = [at(0, '2026-01-01T00:00:00Z'), at(0, '2026-04-01T00:00:00Z'), at(1, null), at(2, null)];
    expect(runningPosition(at(0, '2026-03-01T00:00:00Z'), others)).toBe(2);
    expect(runningPosition(at(5, null), others)).toBe(5);
  });
});
