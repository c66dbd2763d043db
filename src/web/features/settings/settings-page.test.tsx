import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { backendRoutes } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { stubFetch } from '../../test/stub-fetch';

beforeEach(() => resetThrottle());

describe('settings page', () => {
  it('shows the backend, the key in use and the environments', async () => {
    stubFetch(backendRoutes());
    renderApp('/env/2/settings');

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(await screen.findByText('Local server')).toBeInTheDocument();
    expect(await screen.findByText('Triage console')).toBeInTheDocument();
    const scopes = screen.getByRole('list', { name: 'Scopes' });
    expect(
      within(scopes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['error_tracking:read', 'error_tracking:write', 'project:read']);
    const missing = screen.getByRole('list', { name: 'What this key cannot do' });
    expect(within(missing).getByText('organization_member:read').closest('li')).toHaveTextContent(
      'assignees show as user ids',
    );
    expect(within(missing).queryByText('error_tracking:write')).not.toBeInTheDocument();
    const environments = screen.getByRole('region', { name: 'Environments' });
    expect(within(environments).getByText('Mobile').closest('li')).toHaveTextContent('Current');
    expect(within(environments).getByText('Web app').closest('li')).not.toHaveTextContent('Current');
  });

  it('in connected mode names the PostHog host, and a read-only key is told what it cannot do', async () => {
    stubFetch({
      ...backendRoutes(),
      '/api/console/backend/': { mode: 'connected', host: 'https://eu.posthog.com', default_environment_id: 2 },
      '/api/personal_api_keys/@current/': {
        id: 'k',
        label: 'Read only',
        mask_value: 'phx_...zz99',
        scopes: ['error_tracking:read', 'project:read'],
        scoped_teams: [2],
        scoped_organizations: null,
      },
    });
    renderApp('/env/2/settings');
    expect(await screen.findByText('https://eu.posthog.com')).toBeInTheDocument();
    const missing = await screen.findByRole('list', { name: 'What this key cannot do' });
    expect(within(missing).getByText('error_tracking:write').closest('li')).toHaveTextContent('reordering');
  });
});
