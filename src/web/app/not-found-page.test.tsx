import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../lib/api-client';
import { renderApp } from '../test/render-app';
import { startTestApi } from '../test/start-test-api';

beforeEach(() => resetThrottle());

describe('not found', () => {
  it('answers an unknown path with a 404 page that links home', async () => {
    startTestApi();
    const { router, user } = renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Sections' })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found · Triage Console'));

    await user.click(screen.getByRole('link', { name: 'Go to the start page' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/env/1/assignment-rules'));
  });

  it('answers an unknown section of a known environment inside that environment', async () => {
    startTestApi();
    renderApp('/env/2/nothing-here');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found · Mobile · Triage Console'));
  });

  it('names an environment that is not in the projects list and offers the others', async () => {
    startTestApi();
    const { router, user } = renderApp('/env/99/issues');

    expect(await screen.findByRole('heading', { level: 1, name: 'Environment 99 not found' })).toBeInTheDocument();
    const switcher = screen.getByRole('combobox', { name: 'Environment' });
    expect(switcher).toHaveTextContent('Choose…');
    expect(screen.getByRole('link', { name: 'Web app' })).toHaveAttribute('href', '/env/1/issues');
    expect(screen.getByRole('link', { name: 'Mobile' })).toHaveAttribute('href', '/env/2/issues');

    await user.click(switcher);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Web app', 'Mobile']);
    await user.click(screen.getByRole('option', { name: 'Mobile' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/env/2/issues'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Issues' })).toBeInTheDocument();
  });
});
