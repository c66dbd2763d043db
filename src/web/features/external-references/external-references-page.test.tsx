import { configure, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExternalReference } from '../../../contract/external-references';
import { resetThrottle } from '../../lib/api-client';
import { backendRoutes, page } from '../../test/fixtures';
import { makeIssue } from '../../test/issue-fixtures';
import { renderApp } from '../../test/render-app';
import { fetchedPaths, jsonResponse, notFoundBody, stubFetch, type StubRequest } from '../../test/stub-fetch';

const referencesPath = '/api/projects/1/error_tracking/external_references/';
const checkout = makeIssue(1, { name: 'Checkout crashes on empty cart' });
const missingIssueId = '0190f4c4-3333-7000-8000-000000000099';

const reference = (n: number, fields: Partial<ExternalReference>): ExternalReference => ({
  id: `0190f4c4-5555-7000-8000-${String(n).padStart(12, '0')}`,
  integration: { id: 1, kind: 'github', display_name: 'acme' },
  external_url: `https://github.com/acme/web/issues/${n}`,
  issue: checkout.id,
  ...fields,
});

const safe = reference(12, {});
const unsafe = reference(13, {
  integration: { id: 4, kind: 'jira', display_name: 'acme.atlassian.net' },
  external_url: 'javascript:alert(1)//browse/WEB-1',
  issue: missingIssueId,
});
const dataUrl = reference(14, {
  integration: { id: 3, kind: 'linear', display_name: '<img src=x onerror="alert(1)">' },
  external_url: 'data:text/html,<script>alert(1)</script>',
});

function stubBackend(results: unknown[], count = results.length) {
  return stubFetch({
    ...backendRoutes(),
    [referencesPath]: ({ url }: StubRequest) => jsonResponse(200, { ...page(results, count), url: url.search }),
    [`/api/projects/1/error_tracking/issues/${checkout.id}/`]: checkout,
    [`/api/projects/1/error_tracking/issues/${missingIssueId}/`]: () => jsonResponse(404, notFoundBody),
  });
}

// Each test walks a whole dialog or page as a person would; a busy machine must not turn that into a timeout.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => resetThrottle());

describe('external references list', () => {
  it('makes only http(s) tickets clickable, in a new tab without an opener', async () => {
    stubBackend([safe, unsafe, dataUrl]);
    renderApp('/env/1/external-references');

    const table = await screen.findByRole('table', { name: 'Tickets linked to issues in Web app' });
    const link = within(table).getByRole('link', {
      name: 'https://github.com/acme/web/issues/12 (opens in a new tab)',
    });
    expect(link).toHaveAttribute('href', 'https://github.com/acme/web/issues/12');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    for (const url of [unsafe.external_url, dataUrl.external_url]) {
      const text = within(table).getByText(url);
      expect(text.closest('a')).toBeNull();
      expect(within(text.closest('td')!).getByText('Unsafe link not opened')).toBeInTheDocument();
    }
    // Only the safe ticket and the issues are links: nothing else in the table points anywhere.
    const hrefs = within(table)
      .getAllByRole('link')
      .map((anchor) => anchor.getAttribute('href'));
    expect(hrefs.filter((href) => !href!.startsWith('/env/1/issues/'))).toEqual([safe.external_url]);
  });

  it('shows API text as text, never as HTML', async () => {
    stubBackend([dataUrl]);
    const { container } = renderApp('/env/1/external-references');
    expect(await screen.findByText('<img src=x onerror="alert(1)">')).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('shows each row’s tracker, integration and issue, by name where the issue can be read', async () => {
    stubBackend([safe, unsafe]);
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
    const { issue: _left, ...current } = safe;
    stubBackend([current]);
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
    const broken = { ...reference(15, {}), integration: { id: 9, kind: 'github', display_name: null } };
    const linear = reference(16, { integration: { id: 3, kind: 'linear', display_name: 'Acme' } });
    stubBackend([linear, broken, safe]);
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
    stubBackend([safe]);
    renderApp('/env/1/external-references');
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /delete|remove|unlink/i })).toBeNull();
    expect(
      screen.getByText('References are permanent in PostHog: close the ticket in its tracker instead.'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Link ticket' })).toBeInTheDocument();
  });

  it('pages on the server, with the page and its size in the URL', async () => {
    const fetchMock = stubBackend([safe], 60);
    const { user, router } = renderApp('/env/1/external-references?page=2');
    expect(await screen.findByText('Showing 26–26 of 60')).toBeInTheDocument();
    expect(fetchedPaths(fetchMock)).toContain(`${referencesPath}?limit=25&offset=25`);
    const pages = screen.getByRole('navigation', { name: 'Pages of references' });

    await user.click(within(pages).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=3'));
    await waitFor(() => expect(fetchedPaths(fetchMock)).toContain(`${referencesPath}?limit=25&offset=50`));

    await user.selectOptions(within(pages).getByRole('combobox', { name: 'References per page' }), '50');
    await waitFor(() => expect(router.state.location.search).toBe('?size=50'));
    await waitFor(() => expect(fetchedPaths(fetchMock)).toContain(`${referencesPath}?limit=50&offset=0`));
    expect(within(pages).getByRole('button', { name: 'Previous' })).toBeDisabled();
  });

  it('offers the way back from a page past the end', async () => {
    const fetchMock = stubBackend([], 3);
    const { user, router } = renderApp('/env/1/external-references?page=9');
    await user.click(await screen.findByRole('button', { name: 'Go to the first page' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(fetchedPaths(fetchMock)).toContain(`${referencesPath}?limit=25&offset=0`));
  });

  it('says so when the environment has no references', async () => {
    stubBackend([]);
    renderApp('/env/1/external-references');
    expect(await screen.findByText('No issue in Web app is linked to a ticket yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
