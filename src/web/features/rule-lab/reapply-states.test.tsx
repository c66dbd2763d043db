import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { resetThrottle } from '../../lib/api-client';
import { resetIssueQuerySupport } from '../../data/issues/list-issues';
import { openPage } from '../../test/open-page';
import { startTestApi } from '../../test/start-test-api';
import { cellOf, firstRoute, openReapply, rowOf, rules, seeded, setup } from './reapply.test-support';

const queryPath = 'POST /api/projects/1/error_tracking/query/issues/';
const sentQuerySchema = z.looseObject({ status: z.string(), searchQuery: z.string().optional() });

beforeEach(() => {
  resetThrottle();
  resetIssueQuerySupport();
});

describe('Re-apply assignment rules: sets and states', { timeout: 30_000 }, () => {
  it('“Assigned by a rule that no longer picks them” shows only assigned issues whose pick differs', async () => {
    setup();
    await openReapply('stale');
    const names = screen.getAllByRole('rowheader').map((header) => header.querySelector('a')?.textContent);
    expect(names).toEqual([seeded.moved.issue.name, seeded.orphan.issue.name]);
    expect(screen.getByRole('combobox', { name: 'Issues to check' })).toHaveTextContent(
      'Assigned by a rule that no longer picks them',
    );
    expect(screen.getByText(/PostHog does not record who assigned an issue/)).toBeInTheDocument();
  });

  it('opens from the Issues page with its filters, and checks exactly those issues', async () => {
    const api = setup();
    const { user, router } = await openPage('/env/1/issues?q=RangeError&status=active&seen=7d');
    await user.click(await screen.findByRole('link', { name: 'Re-apply assignment rules…' }));
    await screen.findByRole('heading', { level: 2, name: 'Re-apply assignment rules' }, { timeout: 8000 });
    await screen.findByRole('columnheader', { name: 'Rules pick' }, { timeout: 8000 });
    expect(router.state.location.pathname).toBe('/env/1/rule-lab/reapply');
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      set: 'filters',
      q: 'RangeError',
      status: 'active',
      seen: '7d',
    });
    expect(screen.getByRole('combobox', { name: 'Issues to check' })).toHaveTextContent('The Issues page’s filters');
    expect(screen.getByText(/Issues matching status Active, search “RangeError”, seen in last 7 days/)).toBeVisible();
    const back = new URL(
      screen.getByRole('link', { name: 'Change them on the Issues page' }).getAttribute('href')!,
      'http://localhost',
    );
    expect([back.pathname, Object.fromEntries(back.searchParams)]).toEqual([
      '/env/1/issues',
      { q: 'RangeError', status: 'active', seen: '7d' },
    ]);
    const names = screen.getAllByRole('rowheader').map((header) => header.querySelector('a')?.textContent);
    expect(names.toSorted()).toEqual([seeded.checkout.issue.name, seeded.third.issue.name].toSorted());
    expect(
      api
        .sent(queryPath)
        .map((body) => sentQuerySchema.parse(body))
        .at(-1),
    ).toMatchObject({
      status: 'active',
      searchQuery: 'RangeError',
    });
  });

  it('is reached from the Assignment rules page', async () => {
    setup();
    await openPage('/env/1/assignment-rules');
    expect(await screen.findByRole('link', { name: 'Re-apply to existing issues…' })).toHaveAttribute(
      'href',
      '/env/1/rule-lab/reapply',
    );
  });

  it('shows an issue whose first exception is not stored as not evaluated, and never ticks it', async () => {
    const api = setup();
    api.editNext(firstRoute, (json) => {
      const body = z.looseObject({ results: z.array(z.looseObject({ issue_id: z.string() })) }).parse(json);
      return { ...body, results: body.results.filter((event) => event.issue_id !== seeded.typeError.issue.id) };
    });
    await openReapply('unassigned');
    const name = seeded.typeError.issue.name!;
    expect(cellOf(name, 'Rules pick')).toHaveTextContent('No stored exception');
    expect(cellOf(name, 'Change')).toHaveTextContent('Not evaluated');
    expect(within(cellOf(name, 'Explain')).queryByRole('link')).toBeNull();
    expect(within(rowOf(name)).getByRole('checkbox')).not.toBeChecked();
    expect(within(rowOf(name)).getByRole('checkbox')).toBeDisabled();
  });

  it('says why when the key cannot read exceptions, and offers to try again', async () => {
    const api = setup();
    api.answerNext(firstRoute, {
      status: 403,
      body: {
        type: 'authentication_error',
        code: 'missing_query_scope',
        detail: 'The PostHog personal API key lacks the query:read scope.',
        attr: null,
      },
    });
    const { user } = await openPage('/env/1/rule-lab/reapply');
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('Could not load the issues’ first exceptions.');
    expect(alert).toHaveTextContent(/lacks the query:read scope, so the issues’ first exceptions cannot be read/);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', {}, { timeout: 8000 })).toBeInTheDocument();
  });

  it('has an empty state for an environment without assignment rules, and for a set without issues', async () => {
    const bare = startTestApi();
    bare.seedIssues([seeded.kept.issue]);
    bare.seedEvents(seeded.kept.events);
    const first = await openPage('/env/1/rule-lab/reapply');
    expect(
      await screen.findByText(
        'No assignment rules in Web app yet: there is nothing to re-apply.',
        {},
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create an assignment rule' })).toHaveAttribute(
      'href',
      '/env/1/assignment-rules/new',
    );
    first.unmount();

    const withRules = startTestApi();
    withRules.seedIssues([seeded.kept.issue]);
    withRules.seedEvents(seeded.kept.events);
    withRules.seedRules('assignment', rules);
    await openPage('/env/1/rule-lab/reapply');
    expect(await screen.findByText('No unassigned active issues in Web app.', {}, { timeout: 8000 })).toBeVisible();
    expect(screen.getByText('Try “All active issues” to check every active issue.')).toBeVisible();
    expect(withRules.requests(firstRoute)).toEqual([]);
  });
});
