import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { openPage } from '../../test/open-page';
import { startTestApi } from '../../test/start-test-api';
import type { SeededIntegration } from '../../test/test-api-seeds';

const github: SeededIntegration = {
  id: 11,
  kind: 'github',
  display_name: 'acme',
  config: { account: { name: 'acme', type: 'Organization' } },
};
const jira: SeededIntegration = {
  id: 12,
  kind: 'jira',
  display_name: 'acme.atlassian.net',
  config: { site_url: 'https://acme.atlassian.net' },
  access_token: 'jira-stored-token',
};
const slack: SeededIntegration = { id: 13, kind: 'slack', display_name: 'Acme Slack' };
const token = 'ghp_typedInTheBrowser42';
const credentialsPath = '/api/console/environments/1/integrations/';

function setup() {
  const api = startTestApi();
  api.seedIntegrations([github, jira, slack]);
  return api;
}

const section = () => screen.getByRole('region', { name: 'Integrations' });
const item = (name: string) => within(section()).getByRole('heading', { level: 3, name }).closest('li')!;

beforeEach(() => resetThrottle());
vi.setConfig({ testTimeout: 20_000 });

describe('Settings: integrations (local server)', () => {
  it('lists each tracker integration with where its tickets live and whether it has a token', async () => {
    setup();
    await openPage('/env/1/settings');
    const githubItem = await within(section()).findByRole('heading', { level: 3, name: 'GitHub · acme' });
    expect(within(section()).queryByText(/Slack/)).toBeNull();
    const gh = within(githubItem.closest('li')!);
    await waitFor(() => expect(gh.getByText('No token')).toBeInTheDocument());
    expect(gh.getByText('Account').nextElementSibling).toHaveTextContent('acme');
    expect(gh.getByText('API address').nextElementSibling).toHaveTextContent('https://api.github.com');
    expect(gh.getByText('Links existing tickets only')).toBeInTheDocument();
    const ji = within(item('Jira · acme.atlassian.net'));
    expect(ji.getByText('Site').nextElementSibling).toHaveTextContent('https://acme.atlassian.net');
    expect(ji.getByText('Token set')).toBeInTheDocument();
    expect(ji.getByText('Can create tickets')).toBeInTheDocument();
    expect(ji.getByRole('button', { name: 'Clear token' })).toBeInTheDocument();
    expect(gh.queryByRole('button', { name: 'Clear token' })).toBeNull();
    expect(section()).not.toHaveTextContent('jira-stored-token');
  });

  it('saves a token typed in a password field, empties the field, and never shows the token back', async () => {
    const api = setup();
    const { user } = await openPage('/env/1/settings');
    await within(section()).findByRole('heading', { level: 3, name: 'GitHub · acme' });
    const form = within(await screen.findByRole('form', { name: 'Token for GitHub · acme' }));
    const field = form.getByLabelText('Access token');
    expect(field).toHaveAttribute('type', 'password');
    await user.type(field, ` ${token} `);
    await user.click(form.getByRole('button', { name: 'Save token' }));

    expect(await screen.findByText('Token saved for GitHub · acme: it can create tickets.')).toBeInTheDocument();
    expect(field).toHaveValue('');
    const gh = within(item('GitHub · acme'));
    await waitFor(() => expect(gh.getByText('Token set')).toBeInTheDocument());
    expect(gh.getByText('Can create tickets')).toBeInTheDocument();
    expect(gh.getByLabelText('Replace the access token')).toHaveValue('');
    expect(api.sent(`PUT ${credentialsPath}11/token/`)).toEqual([{ token }]);
    expect(document.body).not.toHaveTextContent(token);
    const stored = await api.call('GET', credentialsPath);
    expect(stored.json).toEqual({
      results: [
        { id: 11, kind: 'github', token_status: 'set', api_base_url: 'https://api.github.com' },
        { id: 12, kind: 'jira', token_status: 'set', api_base_url: 'https://tracker.test' },
      ],
    });
  });

  it('refuses a token with spaces before sending, and shows the server’s 400 under the field', async () => {
    const api = setup();
    const { user } = await openPage('/env/1/settings');
    await within(section()).findByRole('heading', { level: 3, name: 'GitHub · acme' });
    const form = within(await screen.findByRole('form', { name: 'Token for GitHub · acme' }));
    const field = form.getByLabelText('Access token');
    await user.type(field, 'two words');
    await user.click(form.getByRole('button', { name: 'Save token' }));
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('A token is printable ASCII without spaces: check what was pasted.'),
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(api.requests(`PUT ${credentialsPath}11/token/`)).toEqual([]);

    api.failNext(`PUT ${credentialsPath}11/token/`, 400, 'A token is at most 4096 characters.', 'token');
    await user.clear(field);
    await user.type(field, token);
    await user.click(form.getByRole('button', { name: 'Save token' }));
    expect(await form.findByText('A token is at most 4096 characters.')).toBeInTheDocument();
    expect(field).toHaveValue(token);
  });

  it('clears a token after asking, naming the integration and the consequence', async () => {
    const api = setup();
    const { user } = await openPage('/env/1/settings');
    await within(section()).findByRole('heading', { level: 3, name: 'Jira · acme.atlassian.net' });
    await waitFor(() => expect(within(item('Jira · acme.atlassian.net')).getByText('Token set')).toBeInTheDocument());
    await user.click(within(item('Jira · acme.atlassian.net')).getByRole('button', { name: 'Clear token' }));
    const confirm = within(
      await screen.findByRole('alertdialog', { name: 'Clear the token of Jira · acme.atlassian.net?' }),
    );
    expect(confirm.getByText(/can then link existing tickets, but not create new ones/)).toBeInTheDocument();
    await user.click(confirm.getByRole('button', { name: 'Clear token' }));

    expect(
      await screen.findByText('Token cleared for Jira · acme.atlassian.net: it links existing tickets only.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(within(item('Jira · acme.atlassian.net')).getByText('No token')).toBeInTheDocument());
    expect(api.requests(`DELETE ${credentialsPath}12/token/`)).toHaveLength(1);
    expect((await api.call('GET', credentialsPath)).json).toMatchObject({
      results: [{ id: 11 }, { id: 12, token_status: 'not_set' }],
    });
  });
});

describe('Settings: integrations (connected to PostHog)', () => {
  it('says PostHog holds the credentials, offers no token field, and shows what PostHog reports', async () => {
    const api = setup();
    api.answerNext('/api/console/backend/', {
      status: 200,
      body: { mode: 'connected', host: 'https://eu.posthog.com', default_environment_id: 1 },
    });
    api.editNext('GET /api/projects/1/integrations/', (json) => {
      const page = json as { results: Array<Record<string, unknown>> };
      return {
        ...page,
        results: page.results.map((row) =>
          row.kind === 'jira' ? { ...row, errors: 'TOKEN_REFRESH_FAILED' } : { ...row, errors: '' },
        ),
      };
    });
    await openPage('/env/1/settings');
    await within(section()).findByRole('heading', { level: 3, name: 'GitHub · acme' });
    expect(section()).toHaveTextContent('PostHog holds these integrations’ credentials');
    expect(within(section()).queryByRole('form')).toBeNull();
    expect(within(section()).queryByLabelText(/access token/i)).toBeNull();
    const gh = within(item('GitHub · acme'));
    expect(gh.getByText('Held by PostHog')).toBeInTheDocument();
    expect(gh.getByText('Can create tickets')).toBeInTheDocument();
    const ji = within(item('Jira · acme.atlassian.net'));
    expect(ji.getByText('Links existing tickets only')).toBeInTheDocument();
    expect(ji.getByText(/PostHog could not refresh this integration’s token/)).toBeInTheDocument();
    expect(api.requests(`GET ${credentialsPath}`)).toEqual([]);
  });
});
