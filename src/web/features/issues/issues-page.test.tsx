import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { resetThrottle } from '../../lib/api-client';
import { resetIssueQuerySupport } from '../../data/issues/list-issues';
import { hoursAgo, makeFingerprint, makeIssue } from '../../test/issue-fixtures';
import { openPage } from '../../test/open-page';
import { startTestApi, type TestApi } from '../../test/start-test-api';
import { chooseOption } from '../../test/choose-option';

// Issue n was last seen n hours ago; the last two 40 days ago, outside the default 30-day window.
const manyIssues = Array.from({ length: 62 }, (_, index) =>
  makeIssue(index + 1, {
    name: `${index % 2 === 0 ? 'TypeError' : 'RangeError'} #${index + 1}`,
    status: index % 5 === 0 ? 'resolved' : 'active',
    assignee: index === 3 ? { type: 'user', id: 7 } : null,
    last_seen: hoursAgo(index >= 60 ? 40 * 24 : index + 1),
    first_seen: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
    occurrences: 62 - index,
  }),
);
// An issue's first seen is its fingerprints' earliest.
const manyFingerprints = manyIssues.map((issue, index) =>
  makeFingerprint(index + 1, issue.id, { first_seen: issue.first_seen }),
);
const issuesPath = '/api/projects/1/error_tracking/issues/';
const queryPath = '/api/projects/1/error_tracking/query/issues/';

function setup(issues = manyIssues, fingerprints = manyFingerprints) {
  const api = startTestApi();
  api.seedIssues(issues);
  api.seedFingerprints(fingerprints.filter((fingerprint) => issues.some((issue) => issue.id === fingerprint.issue_id)));
  return api;
}

const rowNames = () => screen.getAllByRole('rowheader').map((header) => header.querySelector('a')?.textContent);
const sentQuerySchema = z.looseObject({ limit: z.number(), offset: z.number(), searchQuery: z.string().optional() });
const queryBodies = (api: TestApi) => api.sent(`POST ${queryPath}`).map((sent) => sentQuerySchema.parse(sent));
const body = (fields: Record<string, unknown>) => ({
  dateRange: { date_from: '-30d' },
  status: 'all',
  assignee: null,
  filterTestAccounts: false,
  orderBy: 'last_seen',
  orderDirection: 'DESC',
  limit: 25,
  offset: 0,
  ...fields,
});

/** The pagination summary; big pages render slowly in jsdom on a busy machine. */
const findSummary = (text: string) => screen.findByText(text, {}, { timeout: 5000 });

beforeEach(() => {
  resetThrottle();
  resetIssueQuerySupport();
});

describe('Issues list', { timeout: 20_000 }, () => {
  it('shows the compact rows: name (linked), status, assignee, last and first seen, occurrences, users', async () => {
    const cart = makeIssue(1, {
      name: 'TypeError: cart',
      assignee: { type: 'user', id: 7 },
      occurrences: 1234,
      users: 56,
    });
    const emptied = makeIssue(2, { name: 'Split away', status: 'pending_release', first_seen: null });
    const server = setup([cart, emptied], [makeFingerprint(1, cart.id)]);
    await openPage('/env/1/issues');
    const link = await screen.findByRole('link', { name: 'TypeError: cart' });
    expect(link).toHaveAttribute('href', `/env/1/issues/${cart.id}`);
    // The rows by their own links: a row is complete once its name shows, whatever else is on the page.
    const first = link.closest('tr');
    const second = (await screen.findByRole('link', { name: 'Split away' })).closest('tr');
    expect(await within(first!).findByRole('cell', { name: 'Active' })).toBeInTheDocument();
    expect(await within(first!).findByText('Maya Okafor')).toBeInTheDocument();
    expect(within(first!).getByText('1 hour ago').tagName).toBe('TIME');
    expect(within(first!).getByRole('cell', { name: '1,234 56 users' })).toBeInTheDocument();
    expect(within(second!).getByRole('cell', { name: 'Pending release' })).toBeInTheDocument();
    expect(within(second!).getByText('No fingerprints')).toBeInTheDocument();
    expect(within(second!).getByText('Nobody')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1–2');
    // Every default PostHog would otherwise apply is sent: the list means what the controls say.
    expect(queryBodies(server)).toEqual([body({})]);
    expect(server.requests(`GET ${issuesPath}`)).toEqual([]);
  });

  it('pages with hasMore ("more on the next page", no total), page and size in the URL', async () => {
    const server = setup();
    const { user, router } = await openPage('/env/1/issues');
    expect(await findSummary('Showing 1–25, more on the next page')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await findSummary('Showing 26–50, more on the next page')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');
    expect(rowNames()[0]).toBe('RangeError #26');

    await chooseOption(user, screen.getByRole('combobox', { name: 'Issues per page' }), '50');
    expect(await findSummary('Showing 1–50, more on the next page')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // Issues 61 and 62 were last seen 40 days ago: outside the window, so not in the list.
    expect(await findSummary('Showing 51–60')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(queryBodies(server).map((sent) => [sent.limit, sent.offset])).toEqual([
      [25, 0],
      [25, 25],
      [50, 0],
      [50, 50],
    ]);
  });

  it('reads search, status, assignee, window, order, page and size from the URL and asks exactly that', async () => {
    const server = setup();
    const first = await openPage('/env/1/issues?q=error&status=active&seen=all&order=occurrences&page=2');
    expect(await findSummary('Showing 26–49')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('error');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveTextContent('Active');
    expect(screen.getByRole('combobox', { name: 'Seen in' })).toHaveTextContent('All time');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveTextContent('Occurrences, most first');
    expect(queryBodies(server)).toEqual([
      body({
        searchQuery: 'error',
        status: 'active',
        dateRange: { date_from: 'all' },
        orderBy: 'occurrences',
        offset: 25,
      }),
    ]);
    first.unmount();

    await openPage('/env/1/issues?assignee=user:7&size=50');
    expect(await findSummary('Showing 1–1')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveValue('Maya Okafor'));
    expect(queryBodies(server).at(-1)).toEqual(body({ assignee: { type: 'user', id: 7 }, limit: 50 }));
  });

  it('search, status, assignee, "Seen in" and order change the rows and go back to page 1', async () => {
    const server = setup();
    const { user, router } = await openPage('/env/1/issues?page=2');
    await findSummary('Showing 26–50, more on the next page');
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'range');
    await waitFor(() => expect(router.state.location.search).toBe('?q=range'));
    // Page 1 of the unsearched list can show first: the search is sent once the typing pauses.
    await waitFor(() =>
      expect(queryBodies(server).filter((sent) => sent.searchQuery)).toEqual([body({ searchQuery: 'range' })]),
    );
    expect(await findSummary('Showing 1–25, more on the next page')).toBeInTheDocument();

    await chooseOption(user, screen.getByRole('combobox', { name: 'Status' }), 'Resolved');
    await waitFor(() => expect(router.state.location.search).toBe('?q=range&status=resolved'));
    expect(await findSummary('Showing 1–6')).toBeInTheDocument();
    expect(rowNames()).toEqual(
      ['RangeError #6', 'RangeError #16', 'RangeError #26', 'RangeError #36'].concat([
        'RangeError #46',
        'RangeError #56',
      ]),
    );

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await chooseOption(user, screen.getByRole('combobox', { name: 'Seen in' }), 'Last 24 hours');
    await waitFor(() => expect(router.state.location.search).toBe('?seen=24h'));
    expect(await findSummary('Showing 1–23')).toBeInTheDocument();
    await chooseOption(user, screen.getByRole('combobox', { name: 'Seen in' }), 'All time');
    await chooseOption(user, screen.getByRole('combobox', { name: 'Sort by' }), 'First seen, newest first');
    await waitFor(() => expect(router.state.location.search).toBe('?seen=all&order=first_seen'));
    await waitFor(() => expect(rowNames()[0]).toBe('RangeError #62'));

    await user.type(screen.getByRole('combobox', { name: 'Assignee' }), 'maya');
    await user.click(await screen.findByRole('option', { name: /Maya Okafor/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?seen=all&order=first_seen&assignee=user%3A7'));
    await waitFor(() => expect(rowNames()).toEqual(['RangeError #4']));
  });

  it('shows an unreadable row in place, with the reason, while the other rows work', async () => {
    const odd = { ...makeIssue(99), status: 'archived-forever', aggregations: null };
    const api = setup(manyIssues.slice(0, 3));
    api.editNext(`POST ${queryPath}`, (answer) => {
      const { results, ...rest } = answer as { results: unknown[] };
      return { ...rest, results: [odd, ...results] };
    });
    const { user, router } = await openPage('/env/1/issues');
    const unreadable = await screen.findByRole('group', { name: `Unreadable issue ${odd.id}` });
    expect(unreadable).toHaveTextContent('status: "archived-forever" is not a valid choice.');
    await user.click(within(unreadable).getByText('Show the raw record'));
    expect(unreadable.querySelector('pre')).toHaveTextContent('"status": "archived-forever"');
    expect(rowNames().filter(Boolean)).toEqual(['TypeError #1', 'RangeError #2', 'TypeError #3']);
    await user.click(screen.getByRole('link', { name: 'RangeError #2' }));
    // The issue page is a lazy route: on a busy machine its chunk can take longer than waitFor's 1 s default.
    await waitFor(() => expect(router.state.location.pathname).toBe(`/env/1/issues/${manyIssues[1]!.id}`), {
      timeout: 5000,
    });
  });

  it('on a PostHog without query/issues: the REST page sorted by first seen, filters off and why, remembered', async () => {
    const server = setup(manyIssues.slice(0, 30));
    server.failNext(`POST ${queryPath}`, 404, 'Not found.');
    const { user } = await openPage('/env/1/issues?q=type');
    expect(await findSummary('Showing 1–25 of 30')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'This PostHog cannot search, filter or order issues through the API (that needs a newer PostHog)',
    );
    // Unfiltered (PostHog's REST list ignores search), in no promised order (here: id order, issues 1 to 25), then
    // newest first seen first within the page.
    expect(rowNames().slice(0, 3)).toEqual(['TypeError #25', 'RangeError #24', 'TypeError #23']);
    const search = screen.getByRole('searchbox', { name: 'Search by name' });
    expect(search).toBeDisabled();
    expect(screen.getByRole('group', { name: 'Filter and order issues' })).toHaveAccessibleDescription(
      /needs a newer PostHog/,
    );
    expect(screen.getByRole('combobox', { name: 'Seen in' })).toBeDisabled();
    expect(server.requests(`GET ${issuesPath}`).map((request) => request.search.toString())).toEqual(['limit=25']);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await findSummary('Showing 26–30 of 30')).toBeInTheDocument();
    expect(server.requests(`POST ${queryPath}`)).toHaveLength(1);
  });

  it('says when nothing matches, offers to clear the filters or widen the window', async () => {
    setup();
    const { user, router } = await openPage('/env/1/issues?q=nothing-like-this');
    expect(await screen.findByText('No issues seen in last 30 days match these filters.')).toBeInTheDocument();
    const clearButtons = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clearButtons.at(-1)!);
    expect(await findSummary('Showing 1–25, more on the next page')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('');
  });

  it('shows an environment without recent issues, and a failed load with Retry', async () => {
    const server = setup(manyIssues.slice(60));
    const first = await openPage('/env/1/issues');
    const { user } = first;
    expect(await screen.findByText('No issues in Web app were seen in last 30 days.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all time' }));
    expect(await findSummary('Showing 1–2')).toBeInTheDocument();
    first.unmount();
    // 503s are retried twice before the error shows.
    for (const _attempt of [1, 2, 3]) server.failNext(`POST ${queryPath}`, 503, 'Database is locked.');
    await openPage('/env/1/issues?page=3');
    expect(await screen.findByText('Could not load issues.', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByText('Database is locked.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
