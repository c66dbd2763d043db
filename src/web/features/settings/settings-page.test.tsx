import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { backendRoutes } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { jsonResponse, stubFetch } from '../../test/stub-fetch';
import { recordDeprecation } from '../../lib/deprecation-notices';

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

  it('says what a key limited to specific projects cannot do, and opens its environment', async () => {
    stubFetch({
      ...backendRoutes(),
      '/api/console/backend/': { mode: 'connected', host: 'https://eu.posthog.com', default_environment_id: null },
      '/api/projects/': () =>
        jsonResponse(403, {
          type: 'authentication_error',
          code: 'permission_denied',
          detail: 'API keys with scoped projects are only supported on project-based endpoints.',
          attr: null,
        }),
      '/api/projects/2/': { id: 2, name: 'Mobile' },
      '/api/personal_api_keys/@current/': {
        id: 'k',
        label: 'Mobile only',
        mask_value: 'phx_...zz99',
        scopes: ['*'],
        scoped_teams: [2],
        scoped_organizations: null,
      },
    });
    renderApp('/env/2/settings');
    const limits = await screen.findByRole('list', { name: 'What needs an organization-wide key' });
    expect(limits).toHaveTextContent('The environment list');
    expect(limits).toHaveTextContent('Assignee names');
    expect(screen.getByText('Only environments 2')).toBeInTheDocument();
    const environments = screen.getByRole('region', { name: 'Environments' });
    expect(within(environments).getByText('Mobile').closest('li')).toHaveTextContent('Current');
    expect(screen.queryByRole('region', { name: 'Deprecated PostHog paths' })).not.toBeInTheDocument();
  });

  it('shows PostHog’s deprecation of a path prefix with its sunset date, once an answer carried it', async () => {
    recordDeprecation(
      '/api/environments/2/error_tracking/issues/',
      new Headers({ Deprecation: '@1767225600', Sunset: 'Wed, 01 Jul 2026 00:00:00 GMT' }),
    );
    stubFetch(backendRoutes());
    renderApp('/env/2/settings');
    const section = await screen.findByRole('region', { name: 'Deprecated PostHog paths' });
    expect(section).toHaveTextContent(
      'PostHog marks /api/environments/ as deprecated since 2026-01-01; it stops working on 2026-07-01.',
    );
  });
});
