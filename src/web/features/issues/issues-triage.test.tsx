import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Assignee } from '../../../contract/assignee';
import { resetThrottle } from '../../lib/api-client';
import { resetIssueQuerySupport } from '../../data/issues/list-issues';
import { hoursAgo, makeFingerprint, makeIssue, type SeededIssue } from '../../test/issue-fixtures';
import { openPage } from '../../test/open-page';
import { startTestApi, type TestApi } from '../../test/start-test-api';
import { chooseOption } from '../../test/choose-option';

const maya: Assignee = { type: 'user', id: 7 };
const frontend: Assignee = { type: 'role', id: '0190f4c4-2222-7000-8000-000000000001' };

/** Issue n was last seen n hours ago and first seen n minutes after 2026-01-01; every third is Maya's, every fifth the Frontend role's. */
function issues(count: number): SeededIssue[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    return makeIssue(n, {
      name: `Issue #${n}`,
      assignee: n % 3 === 0 ? maya : n % 5 === 0 ? frontend : null,
      last_seen: hoursAgo(n),
      first_seen: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
      occurrences: 1,
    });
  });
}

function setup(seeded: SeededIssue[]) {
  const api = startTestApi();
  api.seedIssues(seeded);
  api.seedFingerprints(
    seeded.map((issue, index) => makeFingerprint(index + 1, issue.id, { first_seen: issue.first_seen })),
  );
  return api;
}

const queryPath = '/api/projects/1/error_tracking/query/issues/';
const sentSchema = z.looseObject({
  assignee: z.unknown(),
  limit: z.number(),
  offset: z.number(),
  orderBy: z.string(),
  orderDirection: z.string(),
});
const sent = (api: TestApi) => api.sent(`POST ${queryPath}`).map((body) => sentSchema.parse(body));
const rowNames = () => screen.getAllByRole('rowheader').map((header) => header.querySelector('a')?.textContent);
const findSummary = (text: string) => screen.findByText(text, {}, { timeout: 5000 });
const unassignedNames = (seeded: SeededIssue[]) =>
  seeded.filter((issue) => issue.assignee === null).map((issue) => issue.name);

beforeEach(() => {
  resetThrottle();
  resetIssueQuerySupport();
});

describe('Issues triage: unassigned and sort direction', { timeout: 30_000 }, () => {
  it('"Unassigned" shows exactly the issues without an assignee, says it was filtered here, and pages them', async () => {
    const seeded = issues(60);
    const expected = unassignedNames(seeded);
    expect(expected).toHaveLength(32);
    const server = setup(seeded);
    const { user, router } = await openPage('/env/1/issues');
    await findSummary('Showing 1–25, more on the next page');

    const assignee = screen.getByRole('combobox', { name: 'Assignee' });
    await user.click(assignee);
    await user.click(await screen.findByRole('option', { name: 'Unassigned' }));
    await waitFor(() => expect(router.state.location.search).toBe('?assignee=none'));
    expect(assignee).toHaveValue('Unassigned');

    expect(await findSummary('Showing 1–25 of 32')).toBeInTheDocument();
    expect(rowNames()).toEqual(expected.slice(0, 25));
    for (const row of screen.getAllByRole('row').slice(1)) expect(within(row).getByText('Nobody')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'PostHog’s issue query cannot filter for issues without an assignee, so this console read all 60 issues matching the other filters and shows the unassigned ones among them.',
    );
    // PostHog is asked for every assignee, a page of 100 at a time, and filters nothing itself.
    const scan = sent(server).slice(1);
    expect(scan.map((body) => [body.assignee, body.limit, body.offset])).toEqual([[null, 100, 0]]);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await findSummary('Showing 26–32 of 32')).toBeInTheDocument();
    expect(rowNames()).toEqual(expected.slice(25));
    expect(router.state.location.search).toBe('?assignee=none&page=2');
    // Paging reads nothing again.
    expect(sent(server)).toHaveLength(2);
  });

  it('reads up to 500 issues to find the unassigned ones, and says when more match', async () => {
    const seeded = issues(520);
    const server = setup(seeded);
    await openPage('/env/1/issues?assignee=none&seen=all&size=100');
    const note = await screen.findByRole('note', {}, { timeout: 10_000 });
    expect(note).toHaveTextContent(
      'read the first 500 issues matching the other filters, in the chosen order, and shows the unassigned ones among them. More issues match: narrow the other filters to check the rest.',
    );
    const inFirst500 = unassignedNames(seeded.slice(0, 500));
    expect(await findSummary('Showing 1–100, more on the next page')).toBeInTheDocument();
    expect(rowNames()).toEqual(inFirst500.slice(0, 100));
    expect(sent(server).map((body) => body.offset)).toEqual([0, 100, 200, 300, 400]);
  });

  it('sorts by first seen, oldest first, with the order and direction in the URL, and keeps both on reload', async () => {
    const seeded = issues(10);
    const server = setup(seeded);
    const first = await openPage('/env/1/issues');
    await findSummary('Showing 1–10');
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    await first.user.click(sort);
    expect(
      within(screen.getByRole('listbox', { name: 'Sort by' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Last seen, newest first',
      'Last seen, oldest first',
      'First seen, newest first',
      'First seen, oldest first',
      'Occurrences, most first',
      'Occurrences, fewest first',
      'Users, most first',
      'Users, fewest first',
    ]);
    await first.user.click(screen.getByRole('option', { name: 'First seen, oldest first' }));
    await waitFor(() => expect(first.router.state.location.search).toBe('?order=first_seen&dir=asc'));
    await waitFor(() => expect(rowNames()).toEqual(seeded.map((issue) => issue.name)));
    expect(sent(server).at(-1)).toMatchObject({ orderBy: 'first_seen', orderDirection: 'ASC' });

    await chooseOption(first.user, sort, 'First seen, newest first');
    await waitFor(() => expect(first.router.state.location.search).toBe('?order=first_seen'));
    await waitFor(() => expect(rowNames()).toEqual(seeded.map((issue) => issue.name).reverse()));
    first.unmount();

    await openPage('/env/1/issues?assignee=none&order=first_seen&dir=asc');
    await waitFor(() => expect(rowNames()).toEqual(unassignedNames(seeded)));
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveTextContent('First seen, oldest first');
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveValue('Unassigned');
    expect(sent(server).at(-1)).toMatchObject({ assignee: null, orderBy: 'first_seen', orderDirection: 'ASC' });
  });

  it('"Clear filters" drops "Unassigned" and goes back to the list PostHog filters', async () => {
    const seeded = issues(10);
    setup(seeded);
    const { user, router } = await openPage('/env/1/issues?assignee=none');
    await waitFor(() => expect(rowNames()).toEqual(unassignedNames(seeded)));
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(rowNames()).toHaveLength(10));
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('on a PostHog without query/issues, "Unassigned" is off like every filter, and the plain REST list shows', async () => {
    const seeded = issues(10);
    const server = setup(seeded);
    server.failNext(`POST ${queryPath}`, 404, 'Not found.');
    await openPage('/env/1/issues?assignee=none');
    expect(await findSummary('Showing 1–10 of 10')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('This PostHog cannot search, filter or order issues');
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toBeDisabled();
    expect(server.requests(`POST ${queryPath}`)).toHaveLength(1);
  });
});
