import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../lib/api-client';
import { backendRoutes, page } from '../test/fixtures';
import { renderApp } from '../test/render-app';
import { jsonResponse, stubFetch } from '../test/stub-fetch';

beforeEach(() => resetThrottle());

describe('start page', () => {
  it('opens the first environment', async () => {
    stubFetch(backendRoutes());
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/env/1/assignment-rules'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Assignment rules' })).toBeInTheDocument();
  });

  it('opens the environment used last when it still exists', async () => {
    localStorage.setItem('tc:last-environment', '2');
    stubFetch(backendRoutes());
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/env/2/assignment-rules'));
  });

  it('ignores a remembered environment that is gone', async () => {
    localStorage.setItem('tc:last-environment', '42');
    stubFetch(backendRoutes());
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/env/1/assignment-rules'));
  });

  it('says so when there is no environment to open', async () => {
    stubFetch({ '/api/projects/': page([]) });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'No environments' })).toBeInTheDocument();
    expect(screen.getByText('This session cannot open any environment.')).toBeInTheDocument();
  });

  it('shows why the environments could not load, and retries on request', async () => {
    let calls = 0;
    stubFetch({
      '/api/projects/': () =>
        ++calls === 1
          ? jsonResponse(403, {
              type: 'authentication_error',
              code: 'permission_denied',
              detail: "API key missing required scope 'project:read'",
              attr: null,
            })
          : jsonResponse(200, backendRoutes()['/api/projects/']),
    });
    const { router, user } = renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load environments.');
    expect(alert).toHaveTextContent("API key missing required scope 'project:read'");

    await user.click(screen.getByRole('button', { name: 'Retry' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/env/1/assignment-rules'));
  });
});
