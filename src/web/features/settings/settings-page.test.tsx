import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonalApiKey } from '../../../contract/organization';
import { resetThrottle } from '../../lib/api-client';
import { recordDeprecation } from '../../lib/deprecation-notices';
import { renderApp } from '../../test/render-app';
import { errorAnswer, startTestApi, type TestApi } from '../../test/start-test-api';

const keyRoute = 'GET /api/personal_api_keys/@current/';
const backendRoute = 'GET /api/console/backend/';

/** A PostHog personal API key: the local server's dashboard session always has every scope. */
const postHogKey = (fields: Partial<PersonalApiKey>): PersonalApiKey => ({
  id: 'k',
  label: 'Triage console',
  mask_value: 'phx_...zz99',
  scopes: ['*'],
  scoped_teams: null,
  scoped_organizations: null,
  ...fields,
});

/** What the server says of itself when it proxies PostHog (connected mode), which the local server never is. */
const connectedTo = (api: TestApi, default_environment_id: number | null) =>
  api.answerEvery(backendRoute, {
    status: 200,
    body: { mode: 'connected', host: 'https://eu.posthog.com', default_environment_id },
  });

beforeEach(() => resetThrottle());

describe('settings page', () => {
  it('shows the backend, the key in use and the environments', async () => {
    startTestApi();
    renderApp('/env/2/settings');

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(await screen.findByText('Local server')).toBeInTheDocument();
    // The local server's dashboard session: every scope, every environment.
    expect(await screen.findByText('Dashboard session')).toBeInTheDocument();
    expect(screen.getByText('All scopes')).toBeInTheDocument();
    expect(screen.getByText('All environments')).toBeInTheDocument();
    expect(screen.getByText('This key has every scope the dashboard uses.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'What this key cannot do' })).not.toBeInTheDocument();
    const environments = screen.getByRole('region', { name: 'Environments' });
    expect(within(environments).getByText('Mobile').closest('li')).toHaveTextContent('Current');
    expect(within(environments).getByText('Web app').closest('li')).not.toHaveTextContent('Current');
  });

  it('lists the scopes of a key that lacks some, and what each missing one closes', async () => {
    startTestApi().answerEvery(keyRoute, {
      status: 200,
      body: postHogKey({ scopes: ['error_tracking:read', 'error_tracking:write', 'project:read'] }),
    });
    renderApp('/env/2/settings');

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
    expect(within(missing).getByText('query:read').closest('li')).toHaveTextContent(
      "an event's JSON can still be pasted",
    );
    expect(within(missing).queryByText('error_tracking:write')).not.toBeInTheDocument();
  });

  it('in connected mode names the PostHog host, and a read-only key is told what it cannot do', async () => {
    const api = startTestApi();
    connectedTo(api, 2);
    api.answerEvery(keyRoute, {
      status: 200,
      body: postHogKey({ label: 'Read only', scopes: ['error_tracking:read', 'project:read'], scoped_teams: [2] }),
    });
    renderApp('/env/2/settings');
    expect(await screen.findByText('https://eu.posthog.com')).toBeInTheDocument();
    const missing = await screen.findByRole('list', { name: 'What this key cannot do' });
    expect(within(missing).getByText('error_tracking:write').closest('li')).toHaveTextContent('reordering');
  });

  it('says what a key limited to specific projects cannot do, and opens its environment', async () => {
    const api = startTestApi();
    connectedTo(api, null);
    api.answerEvery(
      'GET /api/projects/',
      errorAnswer(403, 'API keys with scoped projects are only supported on project-based endpoints.'),
    );
    api.answerEvery(keyRoute, { status: 200, body: postHogKey({ label: 'Mobile only', scoped_teams: [2] }) });
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
    startTestApi();
    renderApp('/env/2/settings');
    const section = await screen.findByRole('region', { name: 'Deprecated PostHog paths' });
    expect(section).toHaveTextContent(
      'PostHog marks /api/environments/ as deprecated since 2026-01-01; it stops working on 2026-07-01.',
    );
  });
});
