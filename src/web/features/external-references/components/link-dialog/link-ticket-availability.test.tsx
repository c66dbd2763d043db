import { configure, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetThrottle } from '../../../../lib/api-client';
import { forgetLinkRoutes } from '../../../../data/external-references/link-external-reference';
import { makeIssue } from '../../../../test/issue-fixtures';
import { renderInEnvironment } from '../../../../test/render-in-environment';
import { startTestApi } from '../../../../test/start-test-api';
import type { SeededIntegration } from '../../../../test/test-api-seeds';
import { LinkTicketDialog } from './link-ticket-dialog';

const current = makeIssue(1, { name: 'Checkout crashes on empty cart' });
const other = makeIssue(2, { name: 'Payment form freezes' });
const ticket = (repository: string, number: number, title: string) => ({
  id: `${repository}#${number}`,
  title,
  url: `https://github.com/acme/${repository}/issues/${number}`,
  external_context: { repository, number },
});
const github: SeededIntegration = {
  id: 21,
  kind: 'github',
  display_name: 'acme',
  config: { account: { name: 'acme', type: 'Organization' } },
  picker_data: {
    repositories: [{ id: 1, name: 'web-app', full_name: 'acme/web-app' }],
    tickets: [
      ticket('web-app', 142, 'Checkout crashes when a cart line has no price'),
      ticket('web-app', 151, 'Payment form freezes on submit'),
      ticket('web-app', 163, 'Infinite re-render loop'),
    ],
  },
};
const jira: SeededIntegration = {
  id: 22,
  kind: 'jira',
  display_name: 'acme.atlassian.net',
  config: { site_url: 'https://acme.atlassian.net' },
  picker_data: { projects: [{ id: '1', key: 'WEB', name: 'Web' }], tickets: [] },
};
const referencesPath = '/api/projects/1/error_tracking/external_references/';

function setup(integrations: SeededIntegration[] = [github, jira]) {
  const api = startTestApi();
  api.seedIssues([current, other]);
  api.seedIntegrations(integrations);
  return api;
}

async function openDialog() {
  const view = renderInEnvironment(
    <LinkTicketDialog open onClose={() => {}} issue={{ id: current.id, name: current.name }} />,
  );
  const dialog = within(await screen.findByRole('dialog', { name: 'Link a ticket' }));
  await dialog.findByRole('option', { name: 'GitHub · acme' });
  return { ...view, dialog };
}

configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  resetThrottle();
  forgetLinkRoutes();
});

describe('Link dialog: creating a ticket when the integration cannot', () => {
  it('says why before anything is typed, disables Create ticket, and sends people to Settings', async () => {
    const api = setup();
    const { dialog, user } = await openDialog();
    const submit = dialog.getByRole('button', { name: 'Create ticket' });
    // No integration yet: nothing to create with.
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription('Choose an integration to continue.');

    await user.selectOptions(dialog.getByRole('combobox', { name: 'Integration' }), 'GitHub · acme');
    const reason = 'This integration has no credentials: set a token in Settings to create tickets.';
    expect(await dialog.findByText(reason)).toBeInTheDocument();
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription(reason);
    expect(dialog.getByRole('link', { name: 'Set a token in Settings' })).toHaveAttribute(
      'href',
      '/env/1/settings#integrations',
    );
    expect(dialog.queryByText(/npm run/)).toBeNull();

    await user.click(dialog.getByRole('button', { name: 'Link an existing ticket instead' }));
    expect(dialog.getByRole('radio', { name: 'Link an existing ticket' })).toBeChecked();
    expect(dialog.getByRole('button', { name: 'Link ticket' })).toBeEnabled();
    expect(api.requests(`POST ${referencesPath}`)).toEqual([]);
  });

  it('lets a ticket be created once the integration has a token', async () => {
    setup([{ ...github, access_token: 'ghp_seeded' }, jira]);
    const { dialog, user } = await openDialog();
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Integration' }), 'GitHub · acme');
    await dialog.findByRole('combobox', { name: 'Repository' });
    await waitFor(() => expect(dialog.getByRole('button', { name: 'Create ticket' })).toBeEnabled());
    expect(dialog.queryByText(/has no credentials/)).toBeNull();

    // Jira still has none: the reason follows the chosen integration.
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Integration' }), 'Jira · acme.atlassian.net');
    expect(await dialog.findByText(/This integration has no credentials/)).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'Create ticket' })).toBeDisabled();
  });
});

describe('Link dialog: linking an existing Jira ticket', () => {
  it('refuses a link from another host than the integration’s site, naming both', async () => {
    const api = setup();
    const { dialog, user } = await openDialog();
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Integration' }), 'Jira · acme.atlassian.net');
    await user.click(dialog.getByRole('radio', { name: 'Link an existing ticket' }));
    const field = dialog.getByRole('textbox', { name: 'Ticket' });
    await user.type(field, 'https://evil.example/browse/WEB-5');
    await user.click(dialog.getByRole('button', { name: 'Link ticket' }));
    expect(
      await dialog.findByText(
        'That link is on evil.example, but this integration’s Jira site is acme.atlassian.net: ' +
          'paste the link of a ticket on acme.atlassian.net, or type its key.',
      ),
    ).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(api.requests(`POST ${referencesPath}link_issue/`)).toEqual([]);

    await user.clear(field);
    await user.type(field, 'https://ACME.atlassian.net/browse/web-5');
    await user.click(dialog.getByRole('button', { name: 'Link ticket' }));
    await waitFor(() =>
      expect(api.sent(`POST ${referencesPath}link_issue/`)).toEqual([
        { integration_id: 22, issue: current.id, external_context: { key: 'WEB-5' } },
      ]),
    );
  });
});

describe('Link dialog: tickets already linked', () => {
  it('marks them with the issue that links them, and refuses to pick them, saying why', async () => {
    const api = setup();
    api.seedReferences([
      {
        id: '0190f4c4-5555-7000-8000-000000000001',
        issue: other.id,
        integration: 21,
        external_context: { repository: 'web-app', number: 151 },
      },
      {
        id: '0190f4c4-5555-7000-8000-000000000002',
        issue: current.id,
        integration: 21,
        external_context: { repository: 'web-app', number: 142 },
      },
    ]);
    const { dialog, user } = await openDialog();
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Integration' }), 'GitHub · acme');
    await user.click(dialog.getByRole('radio', { name: 'Link an existing ticket' }));
    await user.type(dialog.getByRole('combobox', { name: 'Repository' }), 'web');
    await user.click(await dialog.findByRole('option', { name: 'acme/web-app' }));

    const results = within(await dialog.findByRole('listbox', { name: 'GitHub tickets found' }));
    const takenElsewhere = results.getByRole('option', { name: 'web-app#151 Payment form freezes on submit' });
    await waitFor(() =>
      expect(takenElsewhere).toHaveAccessibleDescription('Already linked to “Payment form freezes” · 00000002'),
    );
    expect(takenElsewhere).toHaveAttribute('aria-disabled', 'true');
    const takenHere = results.getByRole('option', { name: /^web-app#142 / });
    expect(takenHere).toHaveAccessibleDescription('Already linked to this issue');
    expect(takenHere).toHaveAttribute('aria-disabled', 'true');
    const free = results.getByRole('option', { name: 'web-app#163 Infinite re-render loop' });
    expect(free).not.toHaveAttribute('aria-disabled');
    expect(free).toHaveAccessibleDescription('');

    const ticketField = dialog.getByRole('textbox', { name: 'Ticket' });
    await user.click(takenElsewhere);
    expect(ticketField).toHaveValue('');
    const search = dialog.getByRole('searchbox', { name: 'Search GitHub tickets' });
    expect(search).toHaveAccessibleDescription(
      'web-app#151 cannot be picked: already linked to “Payment form freezes” · 00000002. Choose another ticket.',
    );

    await user.click(free);
    expect(ticketField).toHaveValue('web-app#163');
    expect(search).toHaveAccessibleDescription('3 tickets found.');
  });
});
