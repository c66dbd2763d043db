import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExceptionEvent } from '../../../contract/recent-exceptions';
import type { RuleStats } from '../../../contract/rule-stats';
import type { SuppressionRule } from '../../../contract/rules';
import { resetThrottle } from '../../lib/api-client';
import { chooseOption } from '../../test/choose-option';
import { referenceRuleStats } from '../../test/reference-rule-stats';
import { renderApp } from '../../test/render-app';
import { ruleId } from '../../test/rule-fixtures';
import { startTestApi } from '../../test/start-test-api';

beforeEach(() => resetThrottle());

const typesAre = (...types: string[]) => ({
  type: 'AND' as const,
  values: [{ key: '$exception_types', type: 'event', operator: 'exact' as const, value: types }],
});
const suppression = (n: number, types: string[], rate = 1): SuppressionRule => ({
  id: ruleId(n),
  order_key: n,
  filters: typesAre(...types),
  sampling_rate: rate,
  disabled_data: null,
  created_at: '2026-01-02T10:00:00.000Z',
  updated_at: null,
});
// The second drops only TypeErrors, which the first drops before it; the third matches nothing.
const rules = [
  suppression(1, ['TypeError', 'RangeError']),
  suppression(2, ['TypeError']),
  suppression(3, ['SyntaxError']),
];
const hour = 3_600_000;

/** The real server with those rules and eleven exceptions of the last two days. */
function start() {
  const api = startTestApi();
  api.seedRules('suppression', rules);
  const events = Array.from({ length: 11 }, (_, n) => ({
    uuid: `0190f4c4-8d2a-7a3b-9c1d-1000000000${String(n).padStart(2, '0')}`,
    issueId: `0190f4c4-8d2a-7a3b-9c1d-20000000000${n % 3}`,
    fingerprint: `fp-${n % 3}`,
    timestamp: new Date(Date.now() - (n + 1) * 4 * hour).toISOString(),
    properties: { $exception_types: [n < 7 ? 'TypeError' : n < 9 ? 'RangeError' : 'Error'] },
  }));
  api.seedEvents(events);
  return api;
}

const rowOf = (n: number) => {
  const row = document.querySelector(`[data-rule-id="${ruleId(n)}"]`);
  if (!(row instanceof HTMLElement)) throw new Error(`no row for rule ${n}`);
  return row;
};

describe('statistics on the rule lists', () => {
  it('shows each rule what the engine, run directly on the same exceptions, decides', async () => {
    const api = start();
    renderApp('/env/1/suppression-rules');
    expect(await screen.findByText('over 11 exceptions.', {}, { timeout: 10_000 })).toBeInTheDocument();
    const shown = (await api.call('GET', '/api/console/environments/1/rule-stats/?days=7')).json as RuleStats;
    const events = (await api.call('GET', '/api/console/environments/1/exceptions/?days=7')).json as {
      results: ExceptionEvent[];
    };
    // What each row says is the engine's verdict on the stored events, computed without the server's code.
    const expected = referenceRuleStats(api, events.results, shown).suppression;
    expect(expected.map((stat) => [stat.matches, stat.wins])).toEqual([
      [9, 9],
      [7, 0],
      [0, 0],
    ]);
    expected.forEach((stat, index) => {
      const row = rowOf(index + 1);
      expect(
        within(row).getByText(`${stat.matches} matched, ${stat.wins} dropped in the last 7 days`, { exact: false }),
      ).toBeInTheDocument();
      expect(within(row).getByRole('img', { name: /^Matched per day, oldest first: / })).toHaveAccessibleName(
        `Matched per day, oldest first: ${stat.series.matches.join(', ')}`,
      );
    });
    expect(within(rowOf(1)).queryByRole('button', { name: /Shadowed|Never matched/ })).not.toBeInTheDocument();
    expect(within(rowOf(2)).getByRole('button', { name: /^Shadowed by “.*” \(00000001\): fixes/ })).toBeInTheDocument();
    expect(
      within(rowOf(3)).getByRole('button', { name: /^Never matched in the last 7 days: fixes/ }),
    ).toBeInTheDocument();
  });

  it('moves a shadowed rule above the rule that takes its exceptions, with the reorder the list uses', async () => {
    const api = start();
    const { user } = renderApp('/env/1/suppression-rules');
    const badge = await within(await waitFor(() => rowOf(2))).findByRole(
      'button',
      { name: /^Shadowed by/ },
      { timeout: 10_000 },
    );
    await user.click(badge);
    await user.click(await screen.findByRole('menuitem', { name: /^Move above “.*” \(00000001\)$/ }));
    await waitFor(() =>
      expect(api.sent('PATCH /api/projects/1/error_tracking/suppression_rules/reorder/')).toEqual([
        { orders: { [ruleId(2)]: 0, [ruleId(3)]: 2 } },
      ]),
    );
    // Now first, it drops the TypeErrors itself: the statistics are computed again and it is no longer shadowed.
    await waitFor(() => expect(within(rowOf(2)).queryByRole('button', { name: /^Shadowed/ })).not.toBeInTheDocument(), {
      timeout: 10_000,
    });
    expect(within(rowOf(2)).getByText('7 matched, 7 dropped in the last 7 days', { exact: false })).toBeInTheDocument();
    expect(within(rowOf(1)).getByText('9 matched, 2 dropped in the last 7 days', { exact: false })).toBeInTheDocument();
  });

  it('offers Edit and Delete for a rule that never matched; Delete asks first', async () => {
    start();
    const { user, router } = renderApp('/env/1/suppression-rules');
    const badge = await within(await waitFor(() => rowOf(3))).findByRole(
      'button',
      { name: /^Never matched/ },
      { timeout: 10_000 },
    );
    await user.click(badge);
    await user.click(await screen.findByRole('menuitem', { name: 'Delete…' }));
    expect(await screen.findByRole('alertdialog', { name: /Delete/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(within(rowOf(3)).getByRole('button', { name: /^Never matched/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit the rule' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/env/1/suppression-rules/${ruleId(3)}`));
  });

  it('keeps the window in the URL and counts over it', async () => {
    const api = start();
    const { user, router } = renderApp('/env/1/suppression-rules');
    await screen.findByText('over 11 exceptions.', {}, { timeout: 10_000 });
    await chooseOption(user, screen.getByRole('combobox', { name: 'Statistics window' }), 'Last 24 hours');
    expect(router.state.location.search).toBe('?window=24h');
    expect(await screen.findByText('over 5 exceptions.', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(
      api.requests('GET /api/console/environments/1/rule-stats/').map((request) => request.search.get('days')),
    ).toContain('1');
  });

  it('says when the statistics could not be computed, and Retry asks again', async () => {
    const api = start();
    const failing = api.answerEvery('GET /api/console/environments/1/rule-stats/', {
      status: 502,
      body: {
        type: 'server_error',
        code: 'bad_gateway',
        detail: 'PostHog answered 500 to the exception query.',
        attr: null,
      },
    });
    const { user } = renderApp('/env/1/suppression-rules');
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('could not be computed: PostHog answered 500 to the exception query');
    expect(within(rowOf(1)).getByTitle('Statistics could not be computed')).toBeInTheDocument();
    failing.stop();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('over 11 exceptions.', {}, { timeout: 10_000 })).toBeInTheDocument();
  });
});
