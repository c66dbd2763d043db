import { beforeEach, describe, expect, it } from 'vitest';
import type { GroupingRule } from '../../../contract/rules';
import { resetThrottle } from '../../lib/api-client';
import { startTestApi } from '../../test/start-test-api';
import { ruleKinds } from '../../features/rules/kinds/rule-kinds';
import { describeDeletion, restoreRules } from './restore-rules';
import type { UnreadableRule } from './rule-list-item';
import { ruleId } from '../../test/rule-fixtures';

beforeEach(() => resetThrottle());

const base = '/api/projects/1/error_tracking/grouping_rules/';

function groupingRule(n: number, order_key = n - 1): GroupingRule {
  return {
    id: ruleId(n),
    order_key,
    filters: { type: 'AND', values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: [`E${n}`] }] },
    assignee: { type: 'role', id: `0190f4c4-2222-7000-8000-00000000000${n}` },
    description: `Rule ${n}`,
    issue: null,
    disabled_data: null,
    created_at: `2026-01-0${n}T10:00:00.000Z`,
    updated_at: null,
  };
}

/** The real server holding grouping rules; like PostHog, a create ignores order_key (the new rule gets 0). */
function groupingServer(initial: GroupingRule[]) {
  const api = startTestApi();
  api.seedRules('grouping', initial);
  const held = () => api.readRules('grouping');
  return {
    api,
    /** The descriptions in evaluation order, and whether every key is distinct. */
    order: () => held().map((rule) => rule.description),
    distinctKeys: () => new Set(held().map((rule) => rule.order_key)).size === held().length,
    count: () => held().length,
    methods: () => api.requests().map((request) => request.method),
    creates: () => api.sent(`POST ${base}`),
    delete: (ids: string[]) => ids.forEach((id) => api.deleteRule('grouping', id)),
  };
}

const five = [1, 2, 3, 4, 5].map((n) => groupingRule(n));
const copy = ruleKinds.grouping.duplicateInput;
const deleting = (ns: number[]) => {
  const server = groupingServer(five);
  const deleted = describeDeletion<'grouping'>(
    five,
    five.filter((_, index) => ns.includes(index + 1)),
  );
  server.delete(deleted.deletedIds);
  return { server, deleted };
};

describe('restoreRules', () => {
  it('re-creates each rule as it was and puts them all back with one list read and one reorder', async () => {
    const { server, deleted } = deleting([1, 3, 4]);

    const result = await restoreRules(1, 'grouping', deleted, copy);

    expect(result.failed).toEqual([]);
    expect(result.placement).toEqual({ ok: true });
    expect(server.methods()).toEqual(['POST', 'POST', 'POST', 'GET', 'PATCH']);
    expect(server.creates()[0]).toEqual({
      filters: five[0]!.filters,
      assignee: five[0]!.assignee,
      description: 'Rule 1',
    });
    expect(server.order()).toEqual(['Rule 1', 'Rule 2', 'Rule 3', 'Rule 4', 'Rule 5']);
    expect(server.distinctKeys()).toBe(true);
    expect(result.list?.results.map((rule) => rule.id)).toEqual([
      result.recreated.get(ruleId(1))!.id,
      ruleId(2),
      result.recreated.get(ruleId(3))!.id,
      result.recreated.get(ruleId(4))!.id,
      ruleId(5),
    ]);
  });

  it('on retry, takes a create that timed out but was made as made: nothing is created twice', async () => {
    const { server, deleted } = deleting([2, 4]);
    // The first create is answered; the second is made, but its answer never comes back.
    server.api.editNext(`POST ${base}`, (json) => json);
    server.api.answerNext(`POST ${base}`, 'lost');

    const first = await restoreRules(1, 'grouping', deleted, copy);
    expect(first.failed.map((failure) => failure.rule.id)).toEqual([ruleId(4)]);

    const retried = await restoreRules(1, 'grouping', deleted, copy, first);

    expect(retried.failed).toEqual([]);
    expect(server.creates()).toHaveLength(2);
    expect(server.count()).toBe(5);
    expect(server.order()).toEqual(['Rule 1', 'Rule 2', 'Rule 3', 'Rule 4', 'Rule 5']);
  });

  it('reports a failed reorder as placement; Retry only reads the list and reorders', async () => {
    const { server, deleted } = deleting([3]);
    server.api.failNext(`PATCH ${base}reorder/`, 500, 'PostHog did not answer in time.');

    const first = await restoreRules(1, 'grouping', deleted, copy);
    expect(first.placement.ok).toBe(false);
    expect(first.list).toBeNull();
    // Where PostHog puts a new grouping rule: order_key 0, after the first rule (created earlier).
    expect(server.order()).toEqual(['Rule 1', 'Rule 3', 'Rule 2', 'Rule 4', 'Rule 5']);

    const retried = await restoreRules(1, 'grouping', deleted, copy, first);

    expect(retried.placement).toEqual({ ok: true });
    expect(server.methods().slice(3)).toEqual(['GET', 'PATCH']);
    expect(server.creates()).toHaveLength(1);
    expect(server.order()).toEqual(['Rule 1', 'Rule 2', 'Rule 3', 'Rule 4', 'Rule 5']);
  });
});

describe('describeDeletion', () => {
  it('keeps the list order, leaves unreadable records out of what can be re-created, and puts unknown rules last', () => {
    const unreadable: UnreadableRule = {
      unreadable: true,
      id: ruleId(9),
      serverId: ruleId(9),
      order_key: 1,
      created_at: null,
      raw: {},
      reason: 'filters: invalid',
    };
    const list = [five[0]!, unreadable, five[1]!];
    const stranger = groupingRule(7);

    const deleted = describeDeletion(list, [stranger, five[1]!, unreadable]);

    expect(deleted.beforeIds).toEqual([ruleId(1), ruleId(9), ruleId(2), ruleId(7)]);
    expect(deleted.deletedIds).toEqual([ruleId(9), ruleId(2), ruleId(7)]);
    expect(deleted.rules.map((rule) => rule.id)).toEqual([ruleId(2), ruleId(7)]);
  });
});
