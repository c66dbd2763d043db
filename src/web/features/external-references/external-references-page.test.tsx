import { configure, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { makeIssue } from '../../test/issue-fixtures';
import { renderApp } from '../../test/render-app';
import { chooseOption } from '../../test/choose-option';
import { startTestApi, type TestApi } from '../../test/start-test-api';
import type { SeededReference } from '../../test/test-api-seeds';

const referencesPath = '/api/projects/1/error_tracking/external_references/';
const checkout = makeIssue(1, { name: 'Checkout crashes on empty cart' });
const missingIssueId = '0190f4c4-3333-7000-8000-000000000099';

// The server builds each ticket's URL from its integration's config: odd configs give unsafe URLs.
const integrations = [
  { id: 1, kind: 'github', display_name: 'acme', config: { account: { name: 'acme', type: 'Organization' } } },
  {
    id: 2,
    kind: 'gitlab',
    display_name: '<img src=x onerror="alert(1)">',
    config: { hostname: 'data:text/html,<script>alert(1)</script>', path_with_namespace: 'web' },
  },
  { id: 3, kind: 'linear', display_name: 'Acme', config: { url_key: 'acme' } },
  { id: 4, kind: 'jira', display_name: 'acme.atlassian.net', config: { site_url: 'javascript:alert(1)/' } },
  { id: 9, kind: 'github', display_name: 'acme-old', config: { account: { name: 'acme-old' } } },
];

const reference = (n: number, integration: number, external_context: Record<string, unknown>): SeededReference => ({
  id: `0190f4c4-5555-7000-8000-${String(n).padStart(12, '0')}`,
  issue: checkout.id,
  integration,
  external_context,
});
const github = (n: number) => reference(n, 1, { repository: 'web', number: n });

const safe = github(12);
const safeUrl = 'https://github.com/acme/web/issues/12';
const unsafe = reference(13, 4, { key: 'WEB-1' });
const unsafeUrl = 'javascript:alert(1)/browse/WEB-1';
const dataUrl = reference(14, 2, { issue_id: 14 });
const dataUrlText = 'data:text/html,<script>alert(1)</script>/web/issues/14';

/** The real server holding the checkout issue, the integrations, and `references` linked to the issue. */
function startWith(references: SeededReference[]) {
  const api = startTestApi();
  api.seedIssues([checkout]);
  api.seedIntegrations(integrations);
  api.seedReferences(references);
  return api;
}

type ReferencePage = { results: Array<{ id: string; integration: object }> };

/** The next list answer as PostHog sends what the server does not: `edit` changes each reference. */
function editReferences(api: TestApi, edit: (reference: ReferencePage['results'][number]) => object) {
  api.editNext(`GET ${referencesPath}`, (json) => {
    const page = json as ReferencePage;
    return { ...page, results: page.results.map(edit) };
  });
}

const listQueries = (api: TestApi) => api.requests(`GET ${referencesPath}`).map((request) => request.search.toString());

// Each test walks a whole dialog or page as a person would; a busy machine must not turn that into a timeout.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => resetThrottle());

describe('external references list', () => {
  it('makes only http(s) tickets clickable, in a new tab without an opener', async () => {
    startWith([safe, unsafe, dataUrl]);
    renderApp('/env/1/external-references');

    const table = await screen.findByRole('table', { name: 'Tickets linked to issues in Web app' });
    const link = within(table).getByRole('link', { name: `${safeUrl} (opens in a new tab)` });
    expect(link).toHaveAttribute('href', safeUrl);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    for (const url of [unsafeUrl, dataUrlText]) {
      const text = within(table).getByText(url);
      expect(text.closest('a')).toBeNull();
      expect(within(text.closest('td')!).getByText('Unsafe link not opened')).toBeInTheDocument();
    }
    // Only the safe ticket and the issues are links: nothing else in the table points anywhere.
    const hrefs = within(table)
      .getAllByRole('link')
      .map((anchor) => anchor.getAttribute('href'));
    expect(hrefs.filter((href) => !href!.startsWith('/env/1/issues/'))).toEqual([safeUrl]);
  });

  it('shows API text as text, never as HTML', async () => {
    startWith([dataUrl]);
    const { container } = renderApp('/env/1/external-references');
    expect(await screen.findByText('<img src=x onerror="alert(1)">')).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('shows each row’s tracker, integration and issue, by name where the issue can be read', async () => {
    // Older PostHog sent each reference's issue back; the server, as current PostHog, keeps it write-only.
    const api = startWith([safe, unsafe]);
    const issues: Record<string, string> = { [safe.id]: checkout.id, [unsafe.id]: missingIssueId };
    editReferences(api, (row) => ({ ...row, issue: issues[row.id] }));
    renderApp('/env/1/external-references');
    const table = await screen.findByRole('table');
    await within(table).findByText(checkout.name!);
    const [, first, second] = within(table).getAllByRole('row');
    expect(
      within(first!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'GitHub',
      'acme',
      'Checkout crashes on empty cart',
      'https://github.com/acme/web/issues/12 (opens in a new tab)↗',
    ]);
    expect(await within(first!).findByRole('link', { name: checkout.name! })).toHaveAttribute(
      'href',
      `/env/1/issues/${checkout.id}`,
    );
    // An issue that cannot be read is still linked, by its id.
    expect(within(second!).getByRole('link', { name: missingIssueId })).toHaveAttribute(
      'href',
      `/env/1/issues/${missingIssueId}`,
    );
    expect(within(second!).getByText('Jira')).toBeInTheDocument();
  });

  it('shows no issue column when PostHog keeps `issue` write-only, and says so', async () => {
    startWith([safe]);
    renderApp('/env/1/external-references');
    const table = await screen.findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Tracker', 'Integration', 'Ticket']);
    expect(screen.getByText(/PostHog does not say which issue a reference belongs to/)).toBeInTheDocument();
    expect(screen.queryByText(/newest/i)).toBeNull();
  });

  it('shows a reference it cannot read as unreadable, and the others as usual, sorted within the page', async () => {
    const broken = reference(15, 9, { repository: 'web', number: 15 });
    const linear = reference(16, 3, { id: 'ENG-16' });
    const api = startWith([linear, broken, safe]);
    // PostHog falls back to a nullable column for display_name.
    editReferences(api, (row) =>
      row.id === broken.id ? { ...row, integration: { ...row.integration, display_name: null } } : row,
    );
    renderApp('/env/1/external-references');
    const table = await screen.findByRole('table');
    const unreadable = within(table).getByRole('group', { name: `Unreadable reference ${broken.id}` });
    expect(unreadable).toHaveTextContent('integration.display_name');
    const [, ...rows] = within(table).getAllByRole('row');
    expect(rows.map((row) => within(row).queryAllByRole('cell')[0]?.textContent)).toEqual([
      'GitHub',
      'Linear',
      expect.stringContaining('Unreadable'),
    ]);
    expect(screen.getByText('Showing 1–3 of 3')).toBeInTheDocument();
  });

  it('offers no delete, and says where to close a ticket instead', async () => {
    startWith([safe]);
    renderApp('/env/1/external-references');
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /delete|remove|unlink/i })).toBeNull();
    expect(
      screen.getByText('References are permanent in PostHog: close the ticket in its tracker instead.'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Link ticket' })).toBeInTheDocument();
  });

  it('pages on the server, with the page and its size in the URL', async () => {
    const api = startWith(Array.from({ length: 60 }, (_, index) => github(index + 1)));
    const { user, router } = renderApp('/env/1/external-references?page=2');
    expect(await screen.findByText('Showing 26–50 of 60')).toBeInTheDocument();
    expect(listQueries(api)).toContain('limit=25&offset=25');
    const pages = screen.getByRole('navigation', { name: 'Pages of references' });

    await user.click(within(pages).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=3'));
    expect(await screen.findByText('Showing 51–60 of 60')).toBeInTheDocument();
    expect(listQueries(api)).toContain('limit=25&offset=50');

    await chooseOption(user, within(pages).getByRole('combobox', { name: 'References per page' }), '50');
    await waitFor(() => expect(router.state.location.search).toBe('?size=50'));
    expect(await screen.findByText('Showing 1–50 of 60')).toBeInTheDocument();
    expect(listQueries(api)).toContain('limit=50&offset=0');
    expect(within(pages).getByRole('button', { name: 'Previous' })).toBeDisabled();
  });

  it('offers the way back from a page past the end', async () => {
    const api = startWith([github(1), github(2), github(3)]);
    const { user, router } = renderApp('/env/1/external-references?page=9');
    await user.click(await screen.findByRole('button', { name: 'Go to the first page' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('Showing 1–3 of 3')).toBeInTheDocument();
    expect(listQueries(api)).toEqual(['limit=25&offset=200', 'limit=25&offset=0']);
  });

  it('says so when the environment has no references', async () => {
    startWith([]);
    renderApp('/env/1/external-references');
    expect(await screen.findByText('No issue in Web app is linked to a ticket yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
