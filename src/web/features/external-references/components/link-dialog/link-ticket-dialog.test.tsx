import { configure, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetThrottle } from '../../../../lib/api-client';
import { forgetLinkRoutes } from '../../../../data/external-references/link-external-reference';
import type { IssueRef } from '../../../../data/issues/issue-ref';
import { shortId } from '../../../../lib/short-id';
import { page } from '../../../../test/fixtures';
import { makeIssue } from '../../../../test/issue-fixtures';
import { renderInEnvironment } from '../../../../test/render-in-environment';
import { errorAnswer, startTestApi, type TestApi } from '../../../../test/start-test-api';
import type { SeededIntegration } from '../../../../test/test-api-seeds';
import { LinkTicketDialog } from './link-ticket-dialog';

const issue = makeIssue(1, { name: 'Checkout crashes on empty cart', description: 'cart.lines[0].price is undefined' });
const issueRef: IssueRef = { id: issue.id, name: issue.name };
const env = '/api/projects/1';
const referencesPath = `${env}/error_tracking/external_references/`;
const issuePath = `${env}/error_tracking/issues/${issue.id}/`;
const createRoute = `POST ${referencesPath}`;
const linkRoute = `POST ${referencesPath}link_issue/`;
const searchRoute = `GET ${referencesPath}search_issues/`;
const integrationsRoute = `GET ${env}/integrations/`;

const ticket = (id: string, title: string, url: string, external_context: Record<string, unknown>) => ({
  id,
  title,
  url,
  external_context,
});
const githubTicket = (repository: string, number: number, title: string) =>
  ticket(`${repository}#${number}`, title, `https://github.com/acme/${repository}/issues/${number}`, {
    repository,
    number,
  });

/** Without credentials, the server answers from `picker_data` what the tracker would (repositories, teams, tickets). */
const integrations: SeededIntegration[] = [
  {
    id: 1,
    kind: 'github',
    display_name: 'acme',
    config: { account: { name: 'acme', type: 'Organization' } },
    picker_data: {
      repositories: [
        { id: 11, name: 'web-app', full_name: 'acme/web-app' },
        { id: 12, name: 'api', full_name: 'acme/api' },
      ],
      tickets: [
        githubTicket('web-app', 142, 'Checkout crashes when a cart line has no price'),
        githubTicket('web-app', 143, 'Checkout button does nothing on Safari'),
        githubTicket('api', 88, 'Checkout API answers 502'),
      ],
    },
  },
  {
    id: 2,
    kind: 'gitlab',
    display_name: 'acme/mobile-app',
    config: { hostname: 'https://gitlab.example.com', path_with_namespace: 'acme/mobile-app' },
  },
  {
    id: 3,
    kind: 'linear',
    display_name: 'Acme',
    config: { url_key: 'acme' },
    picker_data: {
      teams: [{ id: 'team-web', name: 'Web' }],
      tickets: [ticket('ENG-7', 'Login loops', 'https://linear.app/acme/issue/ENG-7', { id: 'ENG-7' })],
    },
  },
  { id: 4, kind: 'jira', display_name: 'acme.atlassian.net', config: { site_url: 'https://acme.atlassian.net' } },
  // A kind the dialog does not use must not matter.
  { id: 5, kind: 'slack', display_name: 'acme-workspace' },
];

/** A reference as PostHog answers a save the server would answer otherwise. */
const saved = (fields: Record<string, unknown> = {}) => ({
  id: '0190f4c4-5555-7000-8000-000000000001',
  integration: { id: 3, kind: 'linear', display_name: 'Acme' },
  external_url: 'https://linear.app/acme/issue/ENG-42',
  issue: issue.id,
  ...fields,
});
const noCredentials =
  'This integration has no credentials, so a new ticket cannot be created. Link an existing ticket instead, ' +
  "or set the integration's token in Settings → Integrations.";

/**
 * The real server holding the issue and the integrations. With `linearToken` (`githubToken`), the Linear (GitHub)
 * integration has credentials: the server creates its tickets through the tracker (the tracker stand-in).
 */
function startDialogApi({
  linearToken,
  githubToken,
  extra = [],
}: { linearToken?: string; githubToken?: string; extra?: SeededIntegration[] } = {}) {
  const api = startTestApi();
  api.seedIssues([issue]);
  api.seedIntegrations([
    ...integrations.map((each) =>
      each.kind === 'linear'
        ? { ...each, access_token: linearToken }
        : each.kind === 'github'
          ? { ...each, access_token: githubToken }
          : each,
    ),
    ...extra,
  ]);
  return api;
}

const creates = (api: TestApi) => api.sent(createRoute);
const links = (api: TestApi) => api.sent(linkRoute);
const searches = (api: TestApi) => api.requests(searchRoute).map((request) => request.search);

function Harness({ issue: fixed }: { issue?: IssueRef }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <LinkTicketDialog open={open} onClose={() => setOpen(false)} issue={fixed} />
      {!open && <p>Dialog closed</p>}
    </>
  );
}

/** Opened from an issue (fixed), or from the list (the issue is chosen in the dialog). */
async function openDialog({ fromIssue = true } = {}) {
  const view = renderInEnvironment(<Harness issue={fromIssue ? issueRef : undefined} />);
  const dialog = await screen.findByRole('dialog', { name: 'Link a ticket' });
  await within(dialog).findByRole('option', { name: 'Linear · Acme' });
  return { ...view, dialog: within(dialog) };
}

type Dialog = Awaited<ReturnType<typeof openDialog>>;

async function chooseLinkMode({ dialog, user }: Dialog, integrationName: string) {
  await user.selectOptions(dialog.getByRole('combobox', { name: 'Integration' }), integrationName);
  await user.click(dialog.getByRole('radio', { name: 'Link an existing ticket' }));
}

// Each test walks a whole dialog or page as a person would; a busy machine must not turn that into a timeout.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  resetThrottle();
  forgetLinkRoutes();
});

describe('LinkTicketDialog: create a new ticket', () => {
  it('prefills from the issue; on the no-credentials 400 it offers to link instead and keeps what was typed', async () => {
    // The token is there when the dialog opens (so Create is offered) but the server refuses, as when it was
    // cleared meanwhile.
    const api = startDialogApi({ githubToken: 'ghp_cleared_meanwhile' });
    api.answerNext(createRoute, errorAnswer(400, noCredentials, 'config'));
    const view = await openDialog();
    const { dialog, user } = view;
    expect(dialog.getByText(issue.name!)).toBeInTheDocument();
    expect(dialog.queryByRole('option', { name: /slack|acme-workspace/i })).toBeNull();

    await user.selectOptions(dialog.getByRole('combobox', { name: 'Integration' }), 'GitHub · acme');
    const title = await dialog.findByRole('textbox', { name: 'Title' });
    const body = dialog.getByRole('textbox', { name: 'Body' });
    await waitFor(() =>
      expect(body).toHaveValue(
        `${issue.description}\n\nIssue in Triage Console: ${window.location.origin}/env/1/issues/${issue.id}`,
      ),
    );
    expect(title).toHaveValue(issue.name);

    await user.type(dialog.getByRole('combobox', { name: 'Repository' }), 'web');
    await user.click(await dialog.findByRole('option', { name: 'acme/web-app' }));
    await user.clear(title);
    await user.type(title, 'Checkout crash, typed by hand');
    await user.click(dialog.getByRole('button', { name: 'Create ticket' }));

    expect(await dialog.findByRole('alert')).toHaveTextContent(noCredentials);
    expect(creates(api)).toEqual([
      {
        integration_id: 1,
        issue: issue.id,
        config: {
          // The bare name: PostHog builds github.com/<account>/<repository>/issues/<n> from what it stores.
          repository: 'web-app',
          title: 'Checkout crash, typed by hand',
          body: (body as HTMLTextAreaElement).value,
        },
      },
    ]);

    await user.click(dialog.getByRole('button', { name: 'Link an existing ticket instead' }));
    expect(dialog.getByRole('radio', { name: 'Link an existing ticket' })).toBeChecked();
    expect(dialog.getByRole('textbox', { name: 'Ticket' })).toBeInTheDocument();
    expect(dialog.getByRole('combobox', { name: 'Integration' })).toHaveValue('1');

    await user.click(dialog.getByRole('radio', { name: 'Create a new ticket' }));
    expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Checkout crash, typed by hand');
    expect(dialog.getByRole('combobox', { name: 'Repository' })).toHaveValue('acme/web-app');
    expect(dialog.queryByRole('alert')).toBeNull();
  });

  it('names the issue it was opened from as pickers do: description, first seen and short id', async () => {
    startDialogApi();
    const described: IssueRef = { ...issueRef, description: issue.description, first_seen: issue.first_seen };
    renderInEnvironment(<Harness issue={described} />);
    const dialog = await screen.findByRole('dialog', { name: 'Link a ticket' });
    const line = within(dialog).getByText(issue.description!).closest('p')!;
    expect(line).toHaveTextContent(issue.name!);
    expect(line).toHaveTextContent(`id ${shortId(issue.id)}`);
    expect(line).toHaveTextContent(/first seen .+ ago/);
  });

  it('validates the kind’s config with the contract before sending, and sends Linear’s description', async () => {
    const api = startDialogApi({ linearToken: 'lin_api_test' });
    const { dialog, user } = await openDialog();
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Integration' }), 'Linear · Acme');
    const title = await dialog.findByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title).toHaveValue(issue.name));
    await user.clear(title);
    await user.click(dialog.getByRole('button', { name: 'Create ticket' }));

    expect(await dialog.findByText('Team is required.')).toBeInTheDocument();
    expect(dialog.getByText('Title is required.')).toBeInTheDocument();
    expect(dialog.getByRole('combobox', { name: 'Team' })).toHaveAttribute('aria-invalid', 'true');
    expect(creates(api)).toEqual([]);

    await user.selectOptions(dialog.getByRole('combobox', { name: 'Team' }), 'Web');
    await user.type(title, 'Crash');
    await user.click(dialog.getByRole('button', { name: 'Create ticket' }));
    // The tracker stand-in's Linear names the new ticket ENG-101; the server links it and builds its URL.
    expect(await screen.findByText('Created and linked https://linear.app/acme/issue/ENG-101')).toBeInTheDocument();
    const description = expect.stringContaining('cart.lines[0].price');
    expect(creates(api)).toEqual([
      { integration_id: 3, issue: issue.id, config: { team_id: 'team-web', title: 'Crash', description } },
    ]);
    expect(api.trackerRequests().map((request) => request.body)).toEqual([
      expect.objectContaining({ variables: { input: { teamId: 'team-web', title: 'Crash', description } } }),
    ]);
    expect(screen.getByText('Dialog closed')).toBeInTheDocument();
  });
});

describe('LinkTicketDialog: prefill', () => {
  it('fills in the description when the issue arrives, without replacing a title the person typed', async () => {
    const api = startDialogApi();
    const detail = api.hold(`GET ${issuePath}`);
    const { dialog, user } = await openDialog();
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Integration' }), 'GitLab · acme/mobile-app');
    const title = dialog.getByRole('textbox', { name: 'Title' });
    const body = dialog.getByRole('textbox', { name: 'Body' });
    expect(title).toHaveValue(issue.name);
    expect(body).toHaveValue(`Issue in Triage Console: ${window.location.origin}/env/1/issues/${issue.id}`);
    await user.clear(title);
    await user.type(title, 'Mine');

    await api.call('PATCH', issuePath, { name: 'Renamed meanwhile' });
    detail.release();
    await waitFor(() =>
      expect(body).toHaveValue(
        `${issue.description}\n\nIssue in Triage Console: ${window.location.origin}/env/1/issues/${issue.id}`,
      ),
    );
    expect(title).toHaveValue('Mine');
    expect(dialog.getByText('The ticket is created in acme/mobile-app.')).toBeInTheDocument();
  });
});

describe('LinkTicketDialog: link an existing ticket', () => {
  it('sends a typed reference as the tracker’s external_context, then refreshes references and issues', async () => {
    const api = startDialogApi();
    const view = await openDialog();
    const referencesKey = ['env', 1, 'external_references', 'list', { limit: 25, offset: 0 }];
    const issuesKey = ['env', 1, 'issues', 'list', {}];
    view.queryClient.setQueryData(referencesKey, page([]));
    view.queryClient.setQueryData(issuesKey, page([issue]));
    const issueReads = () => api.requests(`GET ${issuePath}`).length;
    await waitFor(() => expect(issueReads()).toBe(1));

    await chooseLinkMode(view, 'Linear · Acme');
    await view.user.type(view.dialog.getByRole('textbox', { name: 'Ticket' }), 'eng-42');
    await view.user.click(view.dialog.getByRole('button', { name: 'Link ticket' }));

    expect(await screen.findByText('Linked ENG-42')).toBeInTheDocument();
    expect(links(api)).toEqual([{ integration_id: 3, issue: issue.id, external_context: { id: 'ENG-42' } }]);
    expect(creates(api)).toEqual([]);
    const held = await api.call('GET', referencesPath);
    expect(held.json).toMatchObject({ count: 1, results: [{ external_url: 'https://linear.app/acme/issue/ENG-42' }] });
    expect(view.queryClient.getQueryState(referencesKey)?.isInvalidated).toBe(true);
    expect(view.queryClient.getQueryState(issuesKey)?.isInvalidated).toBe(true);
    // The issue's own detail (its external_issues) is read again.
    await waitFor(() => expect(issueReads()).toBe(2));
  });

  it('refuses a malformed reference inline, naming the expected format, without a request', async () => {
    const api = startDialogApi();
    const view = await openDialog();
    await chooseLinkMode(view, 'Jira · acme.atlassian.net');
    const ticket = view.dialog.getByRole('textbox', { name: 'Ticket' });
    await view.user.type(ticket, '42');
    await view.user.click(view.dialog.getByRole('button', { name: 'Link ticket' }));

    expect(await view.dialog.findByText('Expected a key such as PROJ-7, or the issue URL.')).toBeInTheDocument();
    expect(ticket).toHaveAttribute('aria-invalid', 'true');
    expect(ticket).toHaveAccessibleDescription(expect.stringContaining('Expected a key such as PROJ-7'));
    expect(creates(api)).toEqual([]);
    expect(links(api)).toEqual([]);
  });

  it('searches GitHub only in a chosen repository, picks a result, and says when it was linked already (200)', async () => {
    const api = startDialogApi();
    // Older PostHog answered 200 for a ticket the issue had already; link_issue/ answers 201 either way.
    api.answerNext(linkRoute, {
      status: 200,
      body: saved({
        integration: { id: 1, kind: 'github', display_name: 'acme' },
        external_url: 'https://github.com/acme/web-app/issues/142',
      }),
    });
    const view = await openDialog();
    await chooseLinkMode(view, 'GitHub · acme');
    const search = view.dialog.getByRole('searchbox', { name: 'Search GitHub tickets' });
    expect(search).toHaveAccessibleDescription('Choose a repository to search its tickets.');
    await view.user.type(search, 'checkout');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(searches(api)).toEqual([]);

    await view.user.type(view.dialog.getByRole('combobox', { name: 'Repository' }), 'web');
    await view.user.click(await view.dialog.findByRole('option', { name: 'acme/web-app' }));
    await waitFor(() => expect(searches(api).at(-1)?.get('search')).toBe('checkout'));
    expect(Object.fromEntries(searches(api).at(-1)!)).toEqual({
      integration_id: '1',
      search: 'checkout',
      repository: 'web-app',
    });

    const results = await view.dialog.findByRole('listbox', { name: 'GitHub tickets found' });
    // Only the chosen repository's tickets: the server searches no other.
    expect(
      within(results)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([expect.stringContaining('web-app#142'), expect.stringContaining('web-app#143')]);
    await view.user.click(within(results).getByRole('option', { name: /Checkout crashes when a cart line/ }));
    expect(view.dialog.getByRole('textbox', { name: 'Ticket' })).toHaveValue('web-app#142');
    expect(within(results).getByRole('option', { selected: true })).toHaveTextContent('web-app#142');

    // The keyboard picks too: focus the list, move down, Enter.
    results.focus();
    await view.user.keyboard('{ArrowDown}{Enter}');
    expect(view.dialog.getByRole('textbox', { name: 'Ticket' })).toHaveValue('web-app#143');
    await view.user.keyboard('{ArrowUp}{Enter}');

    await view.user.click(view.dialog.getByRole('button', { name: 'Link ticket' }));
    expect(await screen.findByText('Already linked: web-app#142 was linked to this issue before.')).toBeInTheDocument();
    expect(links(api)).toEqual([
      { integration_id: 1, issue: issue.id, external_context: { repository: 'web-app', number: 142 } },
    ]);
    expect(creates(api)).toEqual([]);
  });

  it('falls back to POST / where link_issue/ answers 405 (older PostHog), and remembers it per environment', async () => {
    const api = startDialogApi();
    api.failNext(linkRoute, 405, 'Method "POST" not allowed.');
    // Where older PostHog linked: current PostHog (and the server) create a ticket on POST / and need `config`.
    const ids = ['ENG-42', 'ENG-43'];
    for (const id of ids) {
      api.answerNext(createRoute, {
        status: 201,
        body: saved({ external_url: `https://linear.app/acme/issue/${id}` }),
      });
    }
    for (const id of ids) {
      const view = await openDialog();
      await chooseLinkMode(view, 'Linear · Acme');
      await view.user.type(view.dialog.getByRole('textbox', { name: 'Ticket' }), id);
      await view.user.click(view.dialog.getByRole('button', { name: 'Link ticket' }));
      expect(await screen.findByText(`Linked ${id}`)).toBeInTheDocument();
      view.unmount();
    }
    const body = (id: string) => ({ integration_id: 3, issue: issue.id, external_context: { id } });
    expect(links(api)).toEqual([body('ENG-42')]);
    expect(creates(api)).toEqual([body('ENG-42'), body('ENG-43')]);
  });

  it('does not fall back on other errors from link_issue/', async () => {
    const api = startDialogApi();
    api.failNext(linkRoute, 400, 'Missing required external context fields for linear: id.');
    const view = await openDialog();
    await chooseLinkMode(view, 'Linear · Acme');
    await view.user.type(view.dialog.getByRole('textbox', { name: 'Ticket' }), 'ENG-42');
    await view.user.click(view.dialog.getByRole('button', { name: 'Link ticket' }));
    expect(await view.dialog.findByRole('alert')).toHaveTextContent('Missing required external context fields');
    expect(links(api)).toHaveLength(1);
    expect(creates(api)).toEqual([]);
  });

  it('puts a server 400 under its field, and other errors at the top, keeping the input', async () => {
    const api = startDialogApi();
    // PostHog's answers naming a field; the server names none for these (a ticket may link several issues, and
    // its "Issue does not belong to this team." has no attr, as PostHog's facade errors have none).
    api.failNext(linkRoute, 400, 'This ticket is already linked to another issue.', 'external_context');
    api.failNext(linkRoute, 400, 'Issue does not belong to this team.', 'issue');
    api.failNext(linkRoute, 502, 'Jira did not answer in time.');
    const view = await openDialog({ fromIssue: false });
    const { dialog, user } = view;
    await user.type(dialog.getByRole('combobox', { name: 'Issue' }), 'checkout');
    await user.click(await dialog.findByRole('option', { name: /Checkout crashes on empty cart/ }));
    await chooseLinkMode(view, 'Jira · acme.atlassian.net');
    const ticket = dialog.getByRole('textbox', { name: 'Ticket' });
    await user.type(ticket, 'https://acme.atlassian.net/browse/web-231');
    const submit = dialog.getByRole('button', { name: 'Link ticket' });

    await user.click(submit);
    expect(await dialog.findByText('This ticket is already linked to another issue.')).toBeInTheDocument();
    expect(ticket).toHaveAttribute('aria-invalid', 'true');

    await user.click(submit);
    expect(await dialog.findByText('Issue does not belong to this team.')).toBeInTheDocument();
    expect(dialog.getByRole('combobox', { name: 'Issue' })).toHaveAttribute('aria-invalid', 'true');

    await user.click(submit);
    expect(await dialog.findByRole('alert')).toHaveTextContent('Jira did not answer in time.');
    expect(ticket).toHaveValue('https://acme.atlassian.net/browse/web-231');
    expect(screen.queryByText('Dialog closed')).toBeNull();
  });
});

describe('LinkTicketDialog: integrations', () => {
  it('explains a 403 on the integrations list', async () => {
    startDialogApi().answerEvery(
      integrationsRoute,
      errorAnswer(403, "API key missing required scope 'integration:read'"),
    );
    renderInEnvironment(<Harness issue={issueRef} />);
    const dialog = within(await screen.findByRole('dialog', { name: 'Link a ticket' }));
    expect(
      await dialog.findByText(
        'Tickets are linked through an integration, and this key may not list them: ' +
          "API key missing required scope 'integration:read'. Give the key the integration:read scope in PostHog " +
          '(Settings → Personal API keys), or use another key.',
      ),
    ).toBeInTheDocument();
    expect(dialog.getByRole('combobox', { name: 'Integration' })).toBeDisabled();
  });

  it('leaves out a tracker integration it cannot read, with a note, and offers the others', async () => {
    const api = startDialogApi({ extra: [{ id: 6, kind: 'github', display_name: 'acme-legacy' }] });
    // PostHog falls back to a nullable column for display_name; the server's is never null.
    api.editNext(integrationsRoute, (json) => {
      const list = json as { results: Array<{ id: number }> };
      const unnamed = [5, 6];
      return {
        ...list,
        results: list.results.map((each) => (unnamed.includes(each.id) ? { ...each, display_name: null } : each)),
      };
    });
    const { dialog } = await openDialog();
    const choice = dialog.getByRole('combobox', { name: 'Integration' });
    expect(
      within(choice)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Choose an integration',
      'GitHub · acme',
      'GitLab · acme/mobile-app',
      'Linear · Acme',
      'Jira · acme.atlassian.net',
    ]);
    expect(choice).toHaveAccessibleDescription(
      'Left out because PostHog sent what this dashboard cannot read: GitHub integration 6 ' +
        '(display_name: Invalid input: expected string, received null).',
    );
  });
});

describe('LinkTicketDialog: search on older PostHog', () => {
  it('reads the 400 on an empty search as "type", and searches once text is typed', async () => {
    const api = startDialogApi();
    api.failNext(searchRoute, 400, 'This field is required.', 'search');
    const view = await openDialog();
    await chooseLinkMode(view, 'Linear · Acme');
    const search = view.dialog.getByRole('searchbox', { name: 'Search Linear tickets' });
    await waitFor(() => expect(searches(api)).toHaveLength(1));
    await waitFor(() => expect(search).toHaveAccessibleDescription('Type to search tickets.'));
    expect(view.dialog.queryByText(/This field is required/)).toBeNull();
    await view.user.type(search, 'retry');
    await waitFor(() => expect(search).toHaveAccessibleDescription('No tickets match.'));
  });

  it('says plainly that API keys cannot search on a PostHog whose search has no scope (403)', async () => {
    startDialogApi().answerEvery(searchRoute, errorAnswer(403, 'This action does not support Personal API Key access'));
    const view = await openDialog();
    await chooseLinkMode(view, 'Jira · acme.atlassian.net');
    const search = view.dialog.getByRole('searchbox', { name: 'Search Jira tickets' });
    await waitFor(() =>
      expect(search).toHaveAccessibleDescription(
        'This PostHog version does not let API keys search tickets. Type the ticket’s id or URL below instead.',
      ),
    );
    expect(view.dialog.getByRole('textbox', { name: 'Ticket' })).toBeEnabled();
  });
});
