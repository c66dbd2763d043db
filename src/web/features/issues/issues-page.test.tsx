import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { resetIssueQuerySupport } from '../../lib/issues/list-issues';
import { makeIssue } from '../../test/issue-fixtures';
import { fakeIssuesServer } from '../../test/issues-test-server';
import { openPage } from '../../test/open-page';

const manyIssues = Array.from({ length: 62 }, (_, index) =>
  makeIssue(index + 1, {
    name: `${index % 2 === 0 ? 'TypeError' : 'RangeError'} #${index + 1}`,
    status: index % 5 === 0 ? 'resolved' : 'active',
    assignee: index === 3 ? { type: 'user', id: 7 } : null,
  }),
);

const rows = () => screen.getAllByRole('row').slice(1);
const rowNames = () => rows().map((row) => within(row).getByRole('rowheader').textContent);
const listRequests = (server: ReturnType<typeof fakeIssuesServer>) =>
  server.requests('GET', server.issuesPath).map((request) => request.search.toString());

/** The pagination summary; big pages render slowly in jsdom on a busy machine. */
const findSummary = (text: string) => screen.findByText(text, {}, { timeout: 5000 });

beforeEach(() => {
  resetThrottle();
  resetIssueQuerySupport();
});

describe('Issues list', { timeout: 20_000 }, () => {
  it('shows name (linked), status, assignee, first seen, fingerprint count and safe ticket links', async () => {
    fakeIssuesServer({
      issues: [
        makeIssue(1, {
          name: 'TypeError: cart',
          assignee: { type: 'user', id: 7 },
          fingerprint_count: 0,
          external_issues: [
            {
              id: '0190f4c4-5555-7000-8000-000000000001',
              external_url: 'https://github.com/acme/web/issues/12',
              integration: { id: 1, kind: 'github', display_name: 'acme' },
            },
            {
              id: '0190f4c4-5555-7000-8000-000000000002',
              external_url: 'javascript:alert(1)',
              integration: { id: 2, kind: 'jira', display_name: 'Jira' },
            },
          ],
        }),
        makeIssue(2, { name: 'No count', fingerprint_count: undefined, status: 'pending_release' }),
      ],
    });
    await openPage('/env/1/issues');
    const link = await screen.findByRole('link', { name: 'TypeError: cart' });
    expect(link).toHaveAttribute('href', `/env/1/issues/${makeIssue(1).id}`);
    const [first, second] = rows();
    expect(within(first!).getByRole('cell', { name: 'Active' })).toBeInTheDocument();
    expect(await within(first!).findByText('Maya Okafor')).toBeInTheDocument();
    expect(within(first!).getByRole('cell', { name: '0' })).toBeInTheDocument();
    expect(within(first!).getByText(/ago$/).tagName).toBe('TIME');
    const ticket = within(first!).getByRole('link', { name: /GitHub #12/ });
    expect(ticket).toHaveAttribute('href', 'https://github.com/acme/web/issues/12');
    expect(ticket).toHaveAttribute('rel', 'noopener noreferrer');
    expect(ticket).toHaveAttribute('target', '_blank');
    expect(within(first!).queryByRole('link', { name: /Jira/ })).not.toBeInTheDocument();
    expect(within(first!).getByText('javascript:alert(1)')).toBeInTheDocument();
    expect(within(first!).getByText('Unsafe link not opened')).toBeInTheDocument();
    expect(within(second!).getByRole('cell', { name: '—' })).toBeInTheDocument();
    expect(within(second!).getByRole('cell', { name: 'Pending release' })).toBeInTheDocument();
    expect(within(second!).getByText('Nobody')).toBeInTheDocument();
  });

  it('pages on the server: Next, page size, "Showing 26–50 of 62", all in the URL', async () => {
    const server = fakeIssuesServer({ issues: manyIssues });
    const { user, router } = await openPage('/env/1/issues');
    expect(await findSummary('Showing 1–25 of 62')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await findSummary('Showing 26–50 of 62')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');
    expect(rowNames()[0]).toBe('RangeError #26');

    await user.selectOptions(screen.getByLabelText('Issues per page'), '50');
    expect(await findSummary('Showing 1–50 of 62')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?size=50');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await findSummary('Showing 51–62 of 62')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(listRequests(server)).toEqual(['limit=25', 'limit=25&offset=25', 'limit=50', 'limit=50&offset=50']);

    router.navigate(-1);
    expect(await findSummary('Showing 1–50 of 62')).toBeInTheDocument();
  });

  it('reads search, status, assignee, page and size from the URL and asks the server for exactly that', async () => {
    const server = fakeIssuesServer({ issues: manyIssues });
    const first = await openPage('/env/1/issues?q=error&status=active&page=2');
    expect(await findSummary('Showing 26–49 of 49')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('error');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('active');
    expect(listRequests(server)).toEqual(['search=error&status=active&limit=25&offset=25']);
    first.unmount();

    await openPage('/env/1/issues?assignee=user:7&size=50');
    expect(await findSummary('Showing 1–1 of 1')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveValue('Maya Okafor'));
    expect(screen.getByLabelText('Issues per page')).toHaveValue('50');
    expect(listRequests(server).at(-1)).toBe('assignee_type=user&assignee_id=7&limit=50');
  });

  it('typing searches after a pause and goes back to page 1; status and assignee filter too', async () => {
    const server = fakeIssuesServer({ issues: manyIssues });
    const { user, router } = await openPage('/env/1/issues?page=2');
    await findSummary('Showing 26–50 of 62');
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'range');
    await waitFor(() => expect(router.state.location.search).toBe('?q=range'));
    expect(await findSummary('Showing 1–25 of 31')).toBeInTheDocument();
    expect(listRequests(server).filter((query) => query.includes('search'))).toEqual(['search=range&limit=25']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'resolved');
    await waitFor(() => expect(router.state.location.search).toBe('?q=range&status=resolved'));
    expect(await findSummary('Showing 1–6 of 6')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.type(screen.getByRole('combobox', { name: 'Assignee' }), 'maya');
    await user.click(await screen.findByRole('option', { name: /Maya Okafor/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?assignee=user%3A7'));
    expect(await findSummary('Showing 1–1 of 1')).toBeInTheDocument();
    expect(rowNames()).toEqual(['RangeError #4']);
    expect(listRequests(server).at(-1)).toBe('assignee_type=user&assignee_id=7&limit=25');
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    fakeIssuesServer({ issues: manyIssues });
    const { user, router } = await openPage('/env/1/issues?q=nothing-like-this');
    expect(await screen.findByText('No issues match these filters.')).toBeInTheDocument();
    const clearButtons = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clearButtons.at(-1)!);
    expect(await findSummary('Showing 1–25 of 62')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('');
  });

  it('shows an empty environment and a failed load with Retry', async () => {
    const server = fakeIssuesServer({ issues: [] });
    const first = await openPage('/env/1/issues');
    expect(await screen.findByText('No issues in Web app yet.')).toBeInTheDocument();
    first.unmount();
    server.failures.issueList = true;
    await openPage('/env/1/issues?page=3');
    // 503s are retried twice before the error shows.
    expect(await screen.findByText('Could not load issues.', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByText('Database is locked.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
