import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { assignmentRules, groupingRules, suppressionRules } from '../../test/fixtures';
import { makeFingerprint, makeIssue } from '../../test/issue-fixtures';
import { renderApp } from '../../test/render-app';
import { errorAnswer, startTestApi } from '../../test/start-test-api';

beforeEach(() => resetThrottle());

/** The first visit loads the page's chunk, slow on a busy machine. */
const findLoaded = (text: string) => screen.findByText(text, {}, { timeout: 5000 });

/** The real server holding the fixtures' rules in environment 1 (environment 2 has none). */
function startWithRules() {
  const api = startTestApi();
  api.seedRules('assignment', assignmentRules);
  api.seedRules('grouping', groupingRules);
  api.seedRules('suppression', suppressionRules);
  return api;
}

const rows = (title: string) =>
  within(screen.getByRole('list', { name: `${title}, in evaluation order` })).getAllByRole('article');

describe('rules pages', () => {
  it('lists assignment rules in evaluation order: position, filters, assignee with initials, state and times', async () => {
    startWithRules();
    const { user } = renderApp('/env/1/assignment-rules');

    expect(await findLoaded('2 rules')).toBeInTheDocument();
    expect(screen.getByText(/^Rules run top to bottom; the first match wins\./)).toBeInTheDocument();
    const [first, second] = rows('Assignment rules');
    expect(await within(first!).findByText('Maya Okafor')).toBeInTheDocument();
    // Titled by what it does, with its short id: the same wherever the rule moves.
    expect(
      within(first!).getByRole('link', { name: 'TypeError or RangeError → Maya Okafor 00000001' }),
    ).toHaveAttribute('href', '/env/1/assignment-rules/0190f4c4-8d2a-7a3b-9c1d-000000000001');
    expect(first!.querySelector('.rule-row__position')).toHaveTextContent('1');
    expect(first).toHaveTextContent('Exception type is TypeError or RangeError');
    expect(within(first!).getByText('Maya Okafor').closest('.rule-row__outcome')).toHaveTextContent('MOMaya Okafor');

    // The times are among the details, behind the row's disclosure.
    expect(within(first!).queryByText(/ago$/)).not.toBeInTheDocument();
    const disclosure = within(first!).getByRole('button', {
      name: 'Details of “TypeError or RangeError → Maya Okafor” (00000001)',
    });
    expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await user.click(disclosure);
    expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    const details = within(first!).getByRole('region', { name: /^Details of / });
    expect(disclosure).toHaveAttribute('aria-controls', details.id);
    const created = within(details).getByText(/ago$/);
    expect(created.tagName).toBe('TIME');
    expect(created).toHaveAttribute('datetime', '2026-01-02T10:00:00.000Z');
    await user.hover(created);
    expect(created).toHaveAttribute('title', expect.stringMatching(/2026/));
    expect(within(first!).queryByText('Disabled')).not.toBeInTheDocument();

    expect(second).toHaveTextContent('Matches every exception');
    expect(within(second!).getByRole('link', { name: /^Every exception → Nobody/ })).toBeInTheDocument();
    expect(second!.querySelector('.rule-row__outcome')).toHaveTextContent('Nobody');
    const badge = within(second!).getByText('Disabled');
    expect(badge).toHaveAccessibleDescription('Invalid regex');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    act(() => badge.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('Invalid regex');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.hover(badge);
    expect(screen.getByRole('tooltip')).toBeVisible();
  });

  it('shows a grouping rule’s description and links its issue', async () => {
    const issue = makeIssue(10, { name: 'Chrome noise (grouped)' });
    const api = startWithRules();
    api.seedIssues([issue]);
    // A grouping rule's issue is the one holding its fingerprint, `custom-rule:<rule id>`.
    api.seedFingerprints([makeFingerprint(1, issue.id, { fingerprint: `custom-rule:${groupingRules[0]!.id}` })]);
    renderApp('/env/1/grouping-rules');

    expect(await findLoaded('1 rule')).toBeInTheDocument();
    const [row] = rows('Grouping rules');
    expect(row).toHaveTextContent('Browser contains Chrome');
    expect(row).toHaveTextContent('Chrome noise');
    expect(within(row!).getByRole('link', { name: 'Chrome noise (grouped)' })).toHaveAttribute(
      'href',
      `/env/1/issues/${issue.id}`,
    );
  });

  it('says when a grouping rule has no issue yet', async () => {
    startWithRules();
    const { user } = renderApp('/env/1/grouping-rules');

    const outcome = await screen.findByText('a new issue', {}, { timeout: 5000 });
    expect(outcome.closest('.rule-row__outcome')).toHaveTextContent('Groups into a new issue');
    await user.click(screen.getByRole('button', { name: /^Details of “Chrome noise”/ }));
    expect(screen.getByText('a new issue, created by the first match')).toBeInTheDocument();
  });

  it('shows the share of matches a suppression rule drops', async () => {
    startWithRules();
    const { user } = renderApp('/env/1/suppression-rules');

    expect(await findLoaded('Exception message is set')).toBeInTheDocument();
    const [row] = rows('Suppression rules');
    expect(row!.querySelector('.rule-row__outcome')).toHaveTextContent(/^Drops 25% of matches$/);
    await user.click(within(row!).getByRole('button', { name: /^Details of / }));
    expect(within(row!).getByText('Drops 25% of matches, sampled at random.')).toBeInTheDocument();
    // Suppression rules have neither descriptions nor assignees: the search hint does not offer them.
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveAccessibleDescription(
      'Search matches titles, ids and filters.',
    );
    expect(screen.queryByRole('combobox', { name: 'Assignee' })).not.toBeInTheDocument();
  });

  it('says when an environment has no rules, with a way to create one', async () => {
    startWithRules();
    const { user, router } = renderApp('/env/2/assignment-rules');

    expect(await findLoaded('No assignment rules in Mobile yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Create the first rule' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/env/2/assignment-rules/new'));
    expect(screen.getByRole('link', { name: 'New rule' })).toHaveAttribute('href', '/env/2/assignment-rules/new');
  });

  it('turns every write control off, with the reason, for a key that cannot write', async () => {
    // A PostHog key without error_tracking:write; the local server's dashboard session has every scope.
    startWithRules().answerEvery('GET /api/personal_api_keys/@current/', {
      status: 200,
      body: {
        id: 'k',
        label: 'Read only',
        mask_value: 'phx_...zz99',
        scopes: ['error_tracking:read', 'project:read'],
        scoped_teams: null,
        scoped_organizations: null,
      },
    });
    const { user } = renderApp('/env/1/assignment-rules');

    expect(await findLoaded('2 rules')).toBeInTheDocument();
    const reason = 'This key lacks error_tracking:write, so the dashboard is read-only.';
    const newRule = await screen.findByRole('button', { name: 'New rule' });
    expect(newRule).toHaveAttribute('aria-disabled', 'true');
    expect(newRule).toHaveAccessibleDescription(reason);
    expect(screen.getByRole('button', { name: /^Reorder “TypeError or RangeError/ })).toHaveAccessibleDescription(
      reason,
    );

    await user.click(screen.getByRole('button', { name: /^Actions for “TypeError or RangeError/ }));
    for (const name of ['Move down', 'Duplicate', 'Delete…']) {
      expect(screen.getByRole('menuitem', { name })).toHaveAttribute('aria-disabled', 'true');
      expect(screen.getByRole('menuitem', { name })).toHaveAccessibleDescription(reason);
    }
    expect(screen.getByRole('menuitem', { name: 'Copy as JSON' })).not.toHaveAttribute('aria-disabled');
  });

  it('shows the server’s reason when the rules cannot be read, and retries', async () => {
    const refused = startWithRules().answerEvery(
      'GET /api/projects/1/error_tracking/assignment_rules/',
      errorAnswer(403, "API key missing required scope 'error_tracking:read'"),
    );
    const { user } = renderApp('/env/1/assignment-rules');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load assignment rules.');
    expect(alert).toHaveTextContent("API key missing required scope 'error_tracking:read'");

    refused.stop();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await findLoaded('2 rules')).toBeInTheDocument();
  });

  it('reports an answer that breaks the contract instead of rendering it', async () => {
    startWithRules().answerEvery('GET /api/projects/1/error_tracking/assignment_rules/', {
      status: 200,
      body: { count: 1, results: [{ id: 'not-a-uuid' }] },
    });
    renderApp('/env/1/assignment-rules');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /The server's answer to GET \/api\/projects\/1\/error_tracking\/assignment_rules\/\?limit=1000 does not match the API contract/,
    );
  });
});
