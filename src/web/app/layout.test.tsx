import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../lib/api-client';
import { chooseOption } from '../test/choose-option';
import { makeFingerprint, makeIssue } from '../test/issue-fixtures';
import { renderApp } from '../test/render-app';
import { startTestApi } from '../test/start-test-api';

const issue = makeIssue(1, { name: 'TypeError: x is undefined' });

/** The real server with one issue and its fingerprint in environment 1; environment 2 is empty. */
function startWithIssue() {
  const api = startTestApi();
  api.seedIssues([issue]);
  api.seedFingerprints([makeFingerprint(1, issue.id)]);
  return api;
}

beforeEach(() => resetThrottle());

describe('app shell', () => {
  it('offers a skip link, the environment switcher, the theme and the nine sections', async () => {
    startWithIssue();
    renderApp('/env/1/fingerprints');

    expect(await screen.findByRole('heading', { level: 1, name: 'Fingerprints' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'content');
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Assignment rules', '/env/1/assignment-rules'],
      ['Grouping rules', '/env/1/grouping-rules'],
      ['Suppression rules', '/env/1/suppression-rules'],
      ['Issues', '/env/1/issues'],
      ['External references', '/env/1/external-references'],
      ['Fingerprints', '/env/1/fingerprints'],
      ['Rule Lab', '/env/1/rule-lab'],
      ['History', '/env/1/history'],
      ['Settings', '/env/1/settings'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Fingerprints' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Issues' })).not.toHaveAttribute('aria-current');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Environment' })).toHaveTextContent('Web app'));
    expect(await screen.findByText('Showing 1–1 of 1')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Fingerprints · Web app · Triage Console'));
  });

  it('switching environment keeps the section and loads the other environment', async () => {
    const api = startWithIssue();
    const { router, user } = renderApp('/env/1/fingerprints');
    await screen.findByText('Showing 1–1 of 1');

    await chooseOption(user, await screen.findByRole('combobox', { name: 'Environment' }), 'Mobile');

    await waitFor(() => expect(router.state.location.pathname).toBe('/env/2/fingerprints'));
    expect(await screen.findByText('No fingerprints in Mobile yet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Fingerprints' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Environment' })).toHaveTextContent('Mobile');
    const mobileReads = api.requests('GET /api/projects/2/error_tracking/fingerprints/');
    expect(mobileReads.map((request) => request.search.toString())).toContain('limit=25');
    await waitFor(() => expect(document.title).toBe('Fingerprints · Mobile · Triage Console'));
    expect(localStorage.getItem('tc:last-environment')).toBe('2');
  });

  it('follows a section link and marks it as the current page', async () => {
    startWithIssue();
    const { router, user } = renderApp('/env/1/fingerprints');
    await screen.findByText('Showing 1–1 of 1');

    await user.click(screen.getByRole('link', { name: 'Issues' }));

    // The page's chunk is imported on first visit: on a loaded machine that alone can take more than a second.
    expect(await screen.findByRole('heading', { level: 1, name: 'Issues' }, { timeout: 4000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/env/1/issues');
    expect(screen.getByRole('link', { name: 'Issues' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('TypeError: x is undefined')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Active' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });
});

describe('theme toggle', () => {
  it('defaults to System and leaves the colours to the operating system', async () => {
    startTestApi();
    renderApp('/env/1/settings');

    expect(await screen.findByRole('combobox', { name: 'Theme' })).toHaveTextContent('System');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('applies and remembers a choice across visits, and forgets it for System', async () => {
    startTestApi();
    const first = renderApp('/env/1/settings');
    await chooseOption(first.user, await screen.findByRole('combobox', { name: 'Theme' }), 'Dark');

    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(localStorage.getItem('tc:theme')).toBe('dark');
    first.unmount();

    const second = renderApp('/env/1/issues');
    expect(await screen.findByRole('combobox', { name: 'Theme' })).toHaveTextContent('Dark');

    await chooseOption(second.user, screen.getByRole('combobox', { name: 'Theme' }), 'System');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(localStorage.getItem('tc:theme')).toBeNull();
  });
});
