import { act, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GroupingRule } from '../../../contract/rules';
import { resetThrottle } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { groupingRules } from '../../test/fixtures';
import { startTestApi } from '../../test/start-test-api';
import { useCreateRule } from './create-rule';
import { describeReorderError, reorderNeedsNewerPostHog } from './describe-reorder-error';
import { useRules } from './get-rules';
import { runningPosition } from './place-new-rule';
import { ruleId } from '../../test/rule-fixtures';
import { renderWithClient } from '../../test/render-with-client';

beforeEach(() => resetThrottle());

const reorderRoute = 'PATCH /api/projects/1/error_tracking/grouping_rules/reorder/';
const existing: GroupingRule[] = [groupingRules[0]!, { ...groupingRules[0]!, id: ruleId(2), order_key: 1 }];
const keyRefused = {
  type: 'authentication_error',
  code: 'permission_denied',
  detail: 'This action does not support Personal API Key access',
  attr: null,
};

/** The real server holding `existing`; like PostHog, it ignores order_key on create: the new rule gets 0. */
function startWithRules() {
  const api = startTestApi();
  api.seedRules('grouping', existing);
  return api;
}

async function createGroupingRule() {
  const { result } = renderWithClient(() => ({ list: useRules(1, 'grouping'), create: useCreateRule(1, 'grouping') }));
  await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
  return act(() => result.current.create.mutateAsync({ filters: groupingRules[0]!.filters }));
}

describe('creating a grouping rule', () => {
  it('follows the create with a reorder that puts the new rule last, not tied with the first', async () => {
    const api = startWithRules();
    const { rule, placement } = await createGroupingRule();
    expect(rule.order_key).toBe(0);
    expect(placement).toEqual({ ok: true });
    expect(api.sent(reorderRoute)).toEqual([{ orders: { [rule.id]: 2 } }]);
    expect(api.readRules('grouping').map((each) => each.id)).toEqual([...existing.map((each) => each.id), rule.id]);
  });

  it('says where the rule really runs when the reorder is refused', async () => {
    const api = startWithRules();
    api.failNext(reorderRoute, 403, keyRefused.detail);
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
