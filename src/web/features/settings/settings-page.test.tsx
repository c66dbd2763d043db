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
    expect(screen.getByText('Local server')).toBeInTheDocument();
    expect(await screen.findByText('Triage console')).toBeInTheDocument();
    const scopes = screen.getByRole('list', { name: 'Scopes' });
    expect(
      within(scopes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['error_tracking:read', 'error_tracking:write', 'project:read']);
    const environments = screen.getByRole('region', { name: 'Environments' });
    expect(within(environments).getByText('Mobile').closest('li')).toHaveTextContent('Current');
    expect(within(environments).getByText('Web app').closest('li')).not.toHaveTextContent('Current');
  });
});
