import { configure, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Integration } from '../../../../../contract/integrations';
import { resetThrottle } from '../../../../lib/api-client';
import { forgetLinkRoutes } from '../../../../data/external-references/link-external-reference';
import type { IssueRef } from '../../../../data/issues/issue-ref';
import { page } from '../../../../test/fixtures';
import { makeIssue } from '../../../../test/issue-fixtures';
import { renderInEnvironment } from '../../../../test/render-in-environment';
import { fetchedPaths, jsonResponse, stubFetch, type StubRequest } from '../../../../test/stub-fetch';
import { LinkTicketDialog } from './link-ticket-dialog';

const issue = makeIssue(1, { name: 'Checkout crashes on empty cart', description: 'cart.lines[0].price is undefined' });
const issueRef: IssueRef = { id: issue.id, name: issue.name };
const env = '/api/projects/1';
const referencesPath = `${env}/error_tracking/external_references/`;

/** As PostHog may send it: `display_name` falls back to a nullable column. */
type RawIntegration = Omit<Integration, 'display_name'> & { display_name: string | null };
const integration = (id: number, kind: string, display_name: string | null, config = {}): RawIntegration => ({
  id,
  kind,
  display_name,
  config,
  created_at: '2026-01-01T00:00:00Z',
});
const integrations = [
  integration(1, 'github', 'acme', { account: { name: 'acme', type: 'Organization' } }),
  integration(2, 'gitlab', 'acme/mobile-app', { path_with_namespace: 'acme/mobile-app' }),
  integration(3, 'linear', 'Acme'),
  integration(4, 'jira', 'acme.atlassian.net'),
  // PostHog falls back to a nullable column for display_name; a kind the dialog does not use must not matter.
  integration(5, 'slack', null),
];

const created = (fields: Record<string, unknown> = {}) => ({
  id: '0190f4c4-5555-7000-8000-000000000001',
  integration: { id: 3, kind: 'linear', display_name: 'Acme' },
  external_url: 'https://linear.app/acme/issue/ENG-42',
  issue: issue.id,
  ...fields,
});
const noCredentials =
  'This integration has no credentials, so a new ticket cannot be created. Link an existing ticket instead, ' +
  'or add credentials with: npm run integrations -- set-token 1 <token>';
const validation = (detail: string, attr: string | null) => ({
  type: 'validation_error',
  code: 'invalid_input',
  detail,
  attr,
});

type PostHandler = (request: StubRequest) => Response;

/** `post` answers both creating (`POST /`, bodies in `posts`) and linking (`link_issue/`, bodies in `links`). */
function stubBackend(post: PostHandler, extra: Record<string, object> = {}) {
  const posts: unknown[] = [];
  const links: unknown[] = [];
  const searches: URLSearchParams[] = [];
  const fetchMock = stubFetch({
    [`${env}/integrations/`]: page(integrations),
    [`${env}/integrations/1/github_repos/`]: {
      repositories: [
        { id: 11, name: 'web-app', full_name: 'acme/web-app' },
        { id: 12, name: 'api', full_name: 'acme/api' },
      ],
      // Older PostHog sends no has_more/total: the picker works without them.
    },
    [`${env}/integrations/3/linear_teams/`]: { teams: [{ id: 'team-web', name: 'Web' }] },
    [`${env}/error_tracking/issues/`]: page([issue]),
    [`${env}/error_tracking/issues/${issue.id}/`]: issue,
    [`${referencesPath}search_issues/`]: ({ url }: StubRequest) => {
      searches.push(url.searchParams);
      return jsonResponse(200, {
        issues: [
          {
            id: 'web-app#142',
            title: 'Checkout crashes when a cart line has no price',
            url: 'https://github.com/acme/web-app/issues/142',
            external_context: { repository: 'web-app', number: 142 },
          },
          {
            id: 'api#88',
            title: 'Return JSON from /api/orders on 502',
            url: 'https://github.com/acme/api/issues/88',
            external_context: { repository: 'api', number: 88 },
          },
        ],
      });
    },
    [`POST ${referencesPath}`]: (request: StubRequest) => {
      posts.push(request.body);
      return post(request);
    },
    [`POST ${referencesPath}link_issue/`]: (request: StubRequest) => {
      links.push(request.body);
      return post(request);
    },
    ...extra,
  });
  return { fetchMock, posts, links, searches };
}

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
    const { posts } = stubBackend(() => jsonResponse(400, validation(noCredentials, 'config')));
    const view = await openDialog();
    const { dialog, user } = view;
    expect(dialog.getByText(issue.name!)).toBeInTheDocument();
    expect(dialog.queryByRole('option', { name: /Slack/ })).toBeNull();

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
    expect(posts).toEqual([
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

  it('validates the kind’s config with the contract before sending, and sends Linear’s description', async () => {
    const { posts } = stubBackend(() =>
      jsonResponse(201, created({ external_url: 'https://linear.app/acme/issue/ENG-101' })),
    );
    const { dialog, user } = await openDialog();
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Integration' }), 'Linear · Acme');
    const title = await dialog.findByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title).toHaveValue(issue.name));
    await user.clear(title);
    await user.click(dialog.getByRole('button', { name: 'Create ticket' }));

    expect(await dialog.findByText('Team is required.')).toBeInTheDocument();
    expect(dialog.getByText('Title is required.')).toBeInTheDocument();
    expect(dialog.getByRole('combobox', { name: 'Team' })).toHaveAttribute('aria-invalid', 'true');
    expect(posts).toEqual([]);

    await user.selectOptions(dialog.getByRole('combobox', { name: 'Team' }), 'Web');
    await user.type(title, 'Crash');
    await user.click(dialog.getByRole('button', { name: 'Create ticket' }));
    expect(await screen.findByText('Created and linked https://linear.app/acme/issue/ENG-101')).toBeInTheDocument();
    expect(posts).toEqual([
      {
        integration_id: 3,
        issue: issue.id,
        config: { team_id: 'team-web', title: 'Crash', description: expect.stringContaining('cart.lines[0].price') },
      },
    ]);
    expect(screen.getByText('Dialog closed')).toBeInTheDocument();
  });
});

describe('LinkTicketDialog: prefill', () => {
  it('fills in the description when the issue arrives, without replacing a title the person typed', async () => {
    let answer: (response: Response) => void = () => {};
    const detail = new Promise<Response>((resolve) => (answer = resolve));
    stubBackend(() => jsonResponse(201, created()), {
      [`${env}/error_tracking/issues/${issue.id}/`]: () => detail,
    });
    const { dialog, user } = await openDialog();
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Integration' }), 'GitLab · acme/mobile-app');
    const title = dialog.getByRole('textbox', { name: 'Title' });
    const body = dialog.getByRole('textbox', { name: 'Body' });
    expect(title).toHaveValue(issue.name);
    expect(body).toHaveValue(`Issue in Triage Console: ${window.location.origin}/env/1/issues/${issue.id}`);
    await user.clear(title);
    await user.type(title, 'Mine');

    answer(jsonResponse(200, { ...issue, name: 'Renamed meanwhile' }));
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
    const { posts, links, fetchMock } = stubBackend(() => jsonResponse(201, created()));
    const view = await openDialog();
    const referencesKey = ['env', 1, 'external_references', 'list', { limit: 25, offset: 0 }];
    const issuesKey = ['env', 1, 'issues', 'list', {}];
    view.queryClient.setQueryData(referencesKey, page([]));
    view.queryClient.setQueryData(issuesKey, page([issue]));
    const issueReads = () => fetchedPaths(fetchMock).filter((path) => path.endsWith(`/issues/${issue.id}/`)).length;
    await waitFor(() => expect(issueReads()).toBe(1));

    await chooseLinkMode(view, 'Linear · Acme');
    await view.user.type(view.dialog.getByRole('textbox', { name: 'Ticket' }), 'eng-42');
    await view.user.click(view.dialog.getByRole('button', { name: 'Link ticket' }));

    expect(await screen.findByText('Linked ENG-42')).toBeInTheDocument();
    expect(links).toEqual([{ integration_id: 3, issue: issue.id, external_context: { id: 'ENG-42' } }]);
    expect(posts).toEqual([]);
    expect(view.queryClient.getQueryState(referencesKey)?.isInvalidated).toBe(true);
    expect(view.queryClient.getQueryState(issuesKey)?.isInvalidated).toBe(true);
    // The issue's own detail (its external_issues) is read again.
    await waitFor(() => expect(issueReads()).toBe(2));
  });

  it('refuses a malformed reference inline, naming the expected format, without a request', async () => {
    const { posts } = stubBackend(() => jsonResponse(201, created()));
    const view = await openDialog();
    await chooseLinkMode(view, 'Jira · acme.atlassian.net');
    const ticket = view.dialog.getByRole('textbox', { name: 'Ticket' });
    await view.user.type(ticket, '42');
    await view.user.click(view.dialog.getByRole('button', { name: 'Link ticket' }));

    expect(await view.dialog.findByText('Expected a key such as PROJ-7, or the issue URL.')).toBeInTheDocument();
    expect(ticket).toHaveAttribute('aria-invalid', 'true');
    expect(ticket).toHaveAccessibleDescription(expect.stringContaining('Expected a key such as PROJ-7'));
    expect(posts).toEqual([]);
  });

  it('searches GitHub only in a chosen repository, picks a result, and says when it was linked already (200)', async () => {
    const { posts, links, searches } = stubBackend(() =>
      jsonResponse(200, created({ integration: { id: 1, kind: 'github', display_name: 'acme' } })),
    );
    const view = await openDialog();
    await chooseLinkMode(view, 'GitHub · acme');
    const search = view.dialog.getByRole('searchbox', { name: 'Search GitHub tickets' });
    expect(search).toHaveAccessibleDescription('Choose a repository to search its tickets.');
    await view.user.type(search, 'checkout');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(searches).toEqual([]);

    await view.user.type(view.dialog.getByRole('combobox', { name: 'Repository' }), 'web');
    await view.user.click(await view.dialog.findByRole('option', { name: 'acme/web-app' }));
    await waitFor(() => expect(searches.at(-1)?.get('search')).toBe('checkout'));
    expect(Object.fromEntries(searches.at(-1)!)).toEqual({
      integration_id: '1',
      search: 'checkout',
      repository: 'web-app',
    });

    const results = await view.dialog.findByRole('listbox', { name: 'GitHub tickets found' });
    await view.user.click(within(results).getByRole('option', { name: /Checkout crashes when a cart line/ }));
    expect(view.dialog.getByRole('textbox', { name: 'Ticket' })).toHaveValue('web-app#142');
    expect(within(results).getByRole('option', { selected: true })).toHaveTextContent('web-app#142');

    // The keyboard picks too: focus the list, move down, Enter.
    results.focus();
    await view.user.keyboard('{ArrowDown}{Enter}');
    expect(view.dialog.getByRole('textbox', { name: 'Ticket' })).toHaveValue('api#88');
    await view.user.keyboard('{ArrowUp}{Enter}');

    await view.user.click(view.dialog.getByRole('button', { name: 'Link ticket' }));
    expect(await screen.findByText('Already linked: web-app#142 was linked to this issue before.')).toBeInTheDocument();
    expect(links).toEqual([
      { integration_id: 1, issue: issue.id, external_context: { repository: 'web-app', number: 142 } },
    ]);
    expect(posts).toEqual([]);
  });

  it('falls back to POST / where link_issue/ answers 405 (older PostHog), and remembers it per environment', async () => {
    const { posts, links } = stubBackend(({ url }) =>
      url.pathname.endsWith('/link_issue/')
        ? jsonResponse(405, {
            type: 'invalid_request',
            code: 'method_not_allowed',
            detail: 'Method "POST" not allowed.',
            attr: null,
          })
        : jsonResponse(201, created()),
    );
    for (const id of ['ENG-42', 'ENG-43']) {
      const view = await openDialog();
      await chooseLinkMode(view, 'Linear · Acme');
      await view.user.type(view.dialog.getByRole('textbox', { name: 'Ticket' }), id);
      await view.user.click(view.dialog.getByRole('button', { name: 'Link ticket' }));
      expect(await screen.findByText(`Linked ${id}`)).toBeInTheDocument();
      view.unmount();
    }
    const body = (id: string) => ({ integration_id: 3, issue: issue.id, external_context: { id } });
    expect(links).toEqual([body('ENG-42')]);
    expect(posts).toEqual([body('ENG-42'), body('ENG-43')]);
  });

  it('does not fall back on other errors from link_issue/', async () => {
    const { posts, links } = stubBackend(() =>
      jsonResponse(400, validation('Missing required external context fields for linear: id.', null)),
    );
    const view = await openDialog();
    await chooseLinkMode(view, 'Linear · Acme');
    await view.user.type(view.dialog.getByRole('textbox', { name: 'Ticket' }), 'ENG-42');
    await view.user.click(view.dialog.getByRole('button', { name: 'Link ticket' }));
    expect(await view.dialog.findByRole('alert')).toHaveTextContent('Missing required external context fields');
    expect(links).toHaveLength(1);
    expect(posts).toEqual([]);
  });

  it('puts a server 400 under its field, and other errors at the top, keeping the input', async () => {
    const answers = [
      jsonResponse(400, validation('This ticket is already linked to another issue.', 'external_context')),
      jsonResponse(400, validation('Issue does not belong to this team.', 'issue')),
      jsonResponse(502, {
        type: 'server_error',
        code: 'tracker_error',
        detail: 'Jira did not answer in time.',
        attr: null,
      }),
    ];
    stubBackend(() => answers.shift()!);
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
    stubBackend(() => jsonResponse(201, created()), {
      [`${env}/integrations/`]: () =>
        jsonResponse(403, {
          type: 'authentication_error',
          code: 'permission_denied',
          detail: "API key missing required scope 'integration:read'",
          attr: null,
        }),
    });
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
    stubBackend(() => jsonResponse(201, created()), {
      [`${env}/integrations/`]: page([...integrations, integration(6, 'github', null)]),
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
    const { searches } = stubBackend(() => jsonResponse(201, created()), {
      [`${referencesPath}search_issues/`]: ({ url }: StubRequest) => {
        searches.push(url.searchParams);
        return url.searchParams.get('search')
          ? jsonResponse(200, { issues: [] })
          : jsonResponse(400, {
              type: 'validation_error',
              code: 'required',
              detail: 'This field is required.',
              attr: 'search',
            });
      },
    });
    const view = await openDialog();
    await chooseLinkMode(view, 'Linear · Acme');
    const search = view.dialog.getByRole('searchbox', { name: 'Search Linear tickets' });
    await waitFor(() => expect(searches).toHaveLength(1));
    await waitFor(() => expect(search).toHaveAccessibleDescription('Type to search tickets.'));
    expect(view.dialog.queryByText(/This field is required/)).toBeNull();
    await view.user.type(search, 'retry');
    await waitFor(() => expect(search).toHaveAccessibleDescription('No tickets match.'));
  });

  it('says plainly that API keys cannot search on a PostHog whose search has no scope (403)', async () => {
    stubBackend(() => jsonResponse(201, created()), {
      [`${referencesPath}search_issues/`]: () =>
        jsonResponse(403, {
          type: 'authentication_error',
          code: 'permission_denied',
          detail: 'This action does not support Personal API Key access',
          attr: null,
        }),
    });
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
