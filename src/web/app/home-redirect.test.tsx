import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../lib/api-client';
import { renderApp } from '../test/render-app';
import { startTestApi } from '../test/start-test-api';

beforeEach(() => resetThrottle());

describe('start page', () => {
  it('opens the first environment', async () => {
    startTestApi();
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/env/1/assignment-rules'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Assignment rules' })).toBeInTheDocument();
  });

  it('opens the environment used last when it still exists', async () => {
    localStorage.setItem('tc:last-environment', '2');
    startTestApi();
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/env/2/assignment-rules'));
  });

  it('ignores a remembered environment that is gone', async () => {
    localStorage.setItem('tc:last-environment', '42');
    startTestApi();
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/env/1/assignment-rules'));
  });

  it('says so when there is no environment to open', async () => {
    // The local server always has its projects; a PostHog key may see none.
    startTestApi().answerEvery('GET /api/projects/', {
      status: 200,
      body: { count: 0, next: null, previous: null, results: [] },
    });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'No environments' })).toBeInTheDocument();
    expect(screen.getByText('This session cannot open any environment.')).toBeInTheDocument();
  });

  it('shows why the environments could not load, and retries on request', async () => {
    const api = startTestApi();
    api.failNext('GET /api/projects/', 403, "API key missing required scope 'project:read'");
    const { router, user } = renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load environments.');
    expect(alert).toHaveTextContent("API key missing required scope 'project:read'");

    await user.click(screen.getByRole('button', { name: 'Retry' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/env/1/assignment-rules'));
  });
});
