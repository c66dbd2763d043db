import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { resetIssueQuerySupport } from '../../data/issues/list-issues';
import { groupingRules } from '../../test/fixtures';
import { makeFingerprint, makeIssue } from '../../test/issue-fixtures';
import { openPage } from '../../test/open-page';
import { startTestApi } from '../../test/start-test-api';

const target = makeIssue(1, { name: 'TypeError: cart is undefined', description: 'Checkout <b>page</b>' });
const other = makeIssue(2, { name: 'TypeError: cart is null' });
const third = makeIssue(3, { name: 'TypeError in cart export' });
const unrelated = makeIssue(4, { name: 'RangeError' });

const issuesPath = '/api/projects/1/error_tracking/issues/';

function setup() {
  const api = startTestApi();
  api.seedIssues([target, other, third, unrelated]);
  api.seedFingerprints([
    makeFingerprint(1, target.id),
    makeFingerprint(2, target.id),
    makeFingerprint(3, target.id),
    makeFingerprint(4, other.id),
    makeFingerprint(5, other.id),
    makeFingerprint(6, third.id),
    makeFingerprint(7, unrelated.id),
  ]);
  api.seedRules('grouping', [
    groupingRules[0]!,
    { ...groupingRules[0]!, id: '0190f4c4-8d2a-7a3b-9c1d-000000000099', description: 'Other rule' },
  ]);
  return api;
}

const detailPath = `/env/1/issues/${target.id}`;
const mergePath = `/api/projects/1/error_tracking/issues/${target.id}/merge/`;
const fingerprintValues = () =>
  within(screen.getByRole('list', { name: 'Fingerprints of this issue' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('code')?.textContent);

beforeEach(() => {
  resetThrottle();
  resetIssueQuerySupport();
});

describe('Issue detail', { timeout: 20_000 }, () => {
  it('shows the issue, its fingerprints, tickets and the grouping rules that point at it', async () => {
    // A grouping rule points at the issue that holds its fingerprint, `custom-rule:<rule id>`.
    const groupedBy = `custom-rule:${groupingRules[0]!.id}`;
    setup().seedFingerprints([makeFingerprint(8, target.id, { fingerprint: groupedBy })]);
    await openPage(detailPath);
    expect(screen.getByRole('heading', { level: 1, name: 'TypeError: cart is undefined' })).toBeInTheDocument();
    // Text from the API is text, never HTML.
    expect(screen.getByText('Checkout <b>page</b>')).toBeInTheDocument();
    await waitFor(() => expect(fingerprintValues()).toEqual(['fp-1', 'fp-2', 'fp-3', groupedBy]));
    expect(screen.getByRole('button', { name: 'Copy fingerprint fp-2' })).toBeInTheDocument();
    expect(screen.getByText('No tickets are linked to this issue yet.')).toBeInTheDocument();
    expect(
      screen.getByText('PostHog keeps links to tickets permanently; close the ticket in the tracker instead.'),
    ).toBeInTheDocument();
    const rules = screen.getByRole('region', { name: 'Grouping rules' });
    const rule = await within(rules).findByRole('link', { name: 'Chrome noise' });
    expect(rule).toHaveAttribute('href', `/env/1/grouping-rules/${groupingRules[0]!.id}`);
    expect(within(rules).queryByText('Other rule')).not.toBeInTheDocument();
  });

  it('offers only the statuses PostHog lets the API set, and changes the status with a PATCH', async () => {
    const server = setup();
    const { user } = await openPage(detailPath);
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Active', 'Resolved', 'Suppressed']);
    await user.click(screen.getByRole('option', { name: 'Resolved' }));
    expect(await screen.findByText('Status changed to Resolved.')).toBeInTheDocument();
    expect(server.requests('PATCH').map((request) => [request.path, request.body])).toEqual([
      [`${issuesPath}${target.id}/`, { status: 'resolved' }],
    ]);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveTextContent('Resolved');
  });

  it('shows a legacy status read-only, with why, and can still move the issue to a writable one', async () => {
    const server = startTestApi();
    server.seedIssues([{ ...target, status: 'pending_release' }]);
    const { user } = await openPage(detailPath);
    const select = screen.getByRole('combobox', { name: 'Status' });
    expect(select).toHaveTextContent('Pending release (cannot be set)');
    expect(select).toHaveAccessibleDescription(/PostHog does not allow setting “Pending release” through the API/);
    await user.click(select);
    const legacy = screen.getByRole('option', { name: 'Pending release (cannot be set)' });
    expect(legacy).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('option', { name: 'Active' }));
    expect(await screen.findByText('Status changed to Active.')).toBeInTheDocument();
    expect(server.requests('PATCH').map((request) => request.body)).toEqual([{ status: 'active' }]);
  });

  it('says "No fingerprints" for an issue PostHog gives no first seen (all its fingerprints split off)', async () => {
    startTestApi().seedIssues([target]);
    await openPage(detailPath);
    expect(await screen.findByText('No fingerprints')).toBeInTheDocument();
    expect(await screen.findByText('This issue holds no fingerprints.')).toBeInTheDocument();
  });

  it('assigns a member, then unassigns', async () => {
    const server = setup();
    const { user } = await openPage(detailPath);
    const picker = screen.getByRole('combobox', { name: 'Assignee' });
    await user.type(picker, 'priya');
    await user.click(await screen.findByRole('option', { name: /Priya Raman/ }));
    expect(await screen.findByText('Assigned to Priya Raman.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear assignee' }));
    expect(await screen.findByText('Unassigned.')).toBeInTheDocument();
    expect(server.requests('PATCH').map((request) => request.body)).toEqual([
      { assignee: { type: 'user', id: 9 } },
      { assignee: null },
    ]);
    expect(server.readIssue(target.id)!.assignee).toBeNull();
  });

  it('merges picked issues after a confirmation that counts the fingerprints, then lists them here', async () => {
    const server = setup();
    const { user } = await openPage(detailPath);
    await waitFor(() => expect(fingerprintValues()).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Merge issues into this one' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge issues into this one' });
    const picker = within(dialog).getByRole('combobox', { name: 'Issue to merge' });

    await user.type(picker, 'cart');
    // The issue itself is never offered.
    await waitFor(() =>
      expect(
        within(dialog)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual([
        expect.stringMatching(/^TypeError: cart is null Active\s+first seen .+ ago · 1 occurrence · id 00000002$/),
        expect.stringMatching(/^TypeError in cart export Active\s+first seen .+ ago · 1 occurrence · id 00000003$/),
      ]),
    );
    await user.click(within(dialog).getByRole('option', { name: /cart is null/ }));
    await user.type(picker, 'export');
    await user.click(await within(dialog).findByRole('option', { name: /cart export/ }));
    expect(within(dialog).getByRole('list', { name: 'Issues to merge' })).toHaveTextContent(
      /TypeError: cart is null.*TypeError in cart export/,
    );
    expect(
      await within(dialog).findByText('3 fingerprints from 2 issues will move into this issue.'),
    ).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Review merge' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Merge 2 issues into this one?' });
    expect(confirm).toHaveTextContent('3 fingerprints will move into “TypeError: cart is undefined”');
    expect(server.requests(`POST ${mergePath}`)).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Merge' }));

    expect(await screen.findByText('Merged 2 issues; 3 fingerprints moved.')).toBeInTheDocument();
    expect(server.requests(`POST ${mergePath}`).map((request) => request.body)).toEqual([
      { ids: [other.id, third.id] },
    ]);
    await waitFor(() => expect(fingerprintValues()).toEqual(['fp-1', 'fp-2', 'fp-3', 'fp-4', 'fp-5', 'fp-6']));
  });

  it('splits chosen fingerprints into a new named issue and links to it', async () => {
    const server = setup();
    const { user, router } = await openPage(detailPath);
    await user.click(screen.getByRole('button', { name: 'Split fingerprints…' }));
    const dialog = screen.getByRole('dialog', { name: 'Split fingerprints into new issues' });
    await user.click(within(dialog).getByRole('button', { name: 'Split 0 fingerprints' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose at least one fingerprint to split.');

    await user.click(await within(dialog).findByRole('checkbox', { name: 'fp-2' }));
    const name = within(dialog).getByRole('textbox', { name: 'New issue name for fp-2' });
    // Each new issue's name starts as the issue's own.
    expect(name).toHaveValue('TypeError: cart is undefined');
    await user.clear(name);
    await user.type(name, 'Cart null');
    await user.click(within(dialog).getByRole('button', { name: 'Split 1 fingerprint' }));

    expect(await screen.findByText('Split 1 fingerprint into 1 new issue.')).toBeInTheDocument();
    expect(server.requests(`POST ${issuesPath}${target.id}/split/`).map((request) => request.body)).toEqual([
      { fingerprints: [{ fingerprint: 'fp-2', name: 'Cart null' }] },
    ]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(fingerprintValues()).toEqual(['fp-1', 'fp-3']));
    const resolved = await server.call('GET', '/api/projects/1/error_tracking/fingerprints/resolve/?fingerprint=fp-2');
    const newId = (resolved.json as { issue_id: string }).issue_id;
    const link = await screen.findByRole('link', { name: 'Cart null' });
    expect(link).toHaveAttribute('href', `/env/1/issues/${newId}`);

    await user.click(screen.getByRole('button', { name: 'Open new issue' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/env/1/issues/${newId}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cart null' })).toBeInTheDocument();
    await waitFor(() => expect(fingerprintValues()).toEqual(['fp-2']));
  });

  it('opens the Link ticket dialog for this issue', async () => {
    setup();
    const { user } = await openPage(detailPath);
    await user.click(screen.getByRole('button', { name: 'Link ticket' }));
    expect(await screen.findByRole('dialog', { name: 'Link a ticket' })).toBeInTheDocument();
  });

  it('says an issue that is gone (e.g. merged away) no longer exists, with a way back', async () => {
    setup();
    const { user, router } = await openPage('/env/1/issues/0190f4c4-3333-7000-8000-000000000404');
    expect(await screen.findByText('This issue no longer exists')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the issues list' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/env/1/issues'));
  });
});
