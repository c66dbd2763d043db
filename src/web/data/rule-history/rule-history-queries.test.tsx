import { act, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveActorName } from '../../lib/actor-name';
import { resetThrottle } from '../../lib/api-client';
import { assignmentRule } from '../../test/rule-fixtures';
import { renderWithClient } from '../../test/render-with-client';
import { startTestApi } from '../../test/start-test-api';
import { createRule } from '../rules/create-rule';
import { useDeleteRule } from '../rules/delete-rule';
import { getHistoryActors, useHistoryActors } from './get-history-actors';
import { getHistoryEntry, useHistoryEntry } from './get-history-entry';
import { getRuleHistory, useRuleHistory } from './get-rule-history';

beforeEach(() => resetThrottle());

const filters = assignmentRule(1).filters;

describe('rule history queries', () => {
  it('reads the entries newest first, filtered by person and paged by `before`, with the actors and an entry', async () => {
    startTestApi();
    saveActorName('Zoë');
    const first = await createRule(1, 'assignment', { filters, assignee: null });
    saveActorName('');
    const second = await createRule(1, 'assignment', { filters, assignee: null });

    const all = await getRuleHistory(1, {});
    expect(all.results.map(({ action, actor }) => [action, actor])).toEqual([
      ['create', { type: 'browser', name: null }],
      ['create', { type: 'person', name: 'Zoë' }],
      ['baseline', { type: 'outside', name: null }],
    ]);
    expect(all.results[0]!.rule_ids).toEqual([second.id]);

    const zoe = await getRuleHistory(1, { actor: { type: 'person', name: 'Zoë' } });
    expect(zoe.results.map((entry) => entry.rule_ids)).toEqual([[first.id]]);
    const older = await getRuleHistory(1, {}, all.results[0]!.id);
    expect(older.results.map((entry) => entry.id)).toEqual(all.results.slice(1).map((entry) => entry.id));

    expect((await getHistoryActors(1)).results).toEqual([
      { type: 'browser', name: null },
      { type: 'person', name: 'Zoë' },
      { type: 'outside', name: null },
    ]);
    const entry = await getHistoryEntry(1, all.results[0]!.id);
    expect(entry.snapshot.assignment.map((rule) => rule.id).sort()).toEqual([first.id, second.id].sort());
    expect(entry.previous?.assignment.map((rule) => rule.id)).toEqual([first.id]);
  });

  it('refreshes the history and its actors after a rule write of this tab', async () => {
    startTestApi();
    const rule = await createRule(1, 'assignment', { filters, assignee: null });
    const { result } = renderWithClient(() => ({
      history: useRuleHistory(1),
      entry: useHistoryEntry(1, 1),
      actors: useHistoryActors(1),
      remove: useDeleteRule(1, 'assignment'),
    }));
    await waitFor(() => expect(result.current.history.data?.pages[0]?.results).toHaveLength(2));
    await waitFor(() => expect(result.current.entry.data?.action).toBe('baseline'));

    await waitFor(() =>
      expect(result.current.actors.data?.results).toEqual([
        { type: 'browser', name: null },
        { type: 'outside', name: null },
      ]),
    );

    saveActorName('Ana');
    await act(() => result.current.remove.mutateAsync(rule.id));

    await waitFor(() => expect(result.current.history.data?.pages[0]?.results[0]?.action).toBe('delete'));
    expect(result.current.history.data?.pages[0]?.results[0]?.rule_ids).toEqual([rule.id]);
    await waitFor(() => expect(result.current.actors.data?.results[0]).toEqual({ type: 'person', name: 'Ana' }));
  });
});
