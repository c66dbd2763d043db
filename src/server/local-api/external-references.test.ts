import { describe, expect, it } from 'vitest';
import { makeTestServer } from '../test-support';
import {
  addIntegration,
  addIssue,
  addReference,
  errorBody,
  expectEmptyDelete405,
  expectMethodsRefused,
  prefixes,
  snapshot,
} from './error-tracking-fixtures.test-support';

const issueId = '11111111-1111-4111-8111-111111111111';
const otherIssueId = '22222222-2222-4222-8222-222222222222';
const mobileIssueId = '99999999-9999-4999-8999-999999999999';

const tickets = [
  {
    id: 'ENG-42',
    title: 'Checkout crashes on empty cart',
    url: 'https://linear.app/acme/issue/ENG-42',
    external_context: { id: 'ENG-42' },
  },
  { id: 'ENG-7', title: 'Login loops', url: 'https://linear.app/acme/issue/ENG-7', external_context: { id: 'ENG-7' } },
  { id: 'broken' },
];

function setup() {
  const server = makeTestServer();
  const { db } = server;
  addIssue(db, { id: issueId });
  addIssue(db, { id: otherIssueId });
  addIssue(db, { id: mobileIssueId, teamId: 2 });
  const integrations = {
    github: addIntegration(db, 'github', { displayName: 'GitHub acme' }),
    gitlab: addIntegration(db, 'gitlab'),
    linear: addIntegration(db, 'linear', { pickerData: { teams: [], tickets } }),
    jira: addIntegration(db, 'jira', { accessToken: 'secret' }),
    slack: addIntegration(db, 'slack', { config: {} }),
    mobile: addIntegration(db, 'github', { teamId: 2 }),
  };
  return { ...server, integrations };
}

const validation = errorBody.validation;

describe.each(prefixes)('external references under %s', (prefix) => {
  const base = `${prefix}/1/error_tracking/external_references`;

  const link = `${base}/link_issue/`;
  const invalid = (detail: string) => validation(detail, null, 'invalid');

  it('links an existing ticket of each tracker through link_issue (201), issue write-only, URL from the config', async () => {
    const { call, integrations } = setup();
    const cases: Array<[keyof typeof integrations, Record<string, unknown>, string]> = [
      ['github', { repository: 'web-app', number: '12' }, 'https://github.com/acme/web-app/issues/12'],
      ['gitlab', { issue_id: 5 }, 'https://gitlab.example.com/acme/web/issues/5'],
      ['linear', { id: 'ENG-42', title: 'ignored extra key' }, 'https://linear.app/acme/issue/ENG-42'],
      ['jira', { key: 'OPS-7' }, 'https://acme.atlassian.net/browse/OPS-7'],
    ];
    for (const [kind, context, url] of cases) {
      const res = await call('POST', link, {
        body: { integration_id: integrations[kind], issue: issueId, external_context: context },
      });
      expect(res.status).toBe(201);
      expect(res.json).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        integration: {
          id: integrations[kind],
          kind,
          display_name: kind === 'github' ? 'GitHub acme' : `${kind} integration`,
        },
        external_url: url,
      });
      expect((await call('GET', `${base}/${res.json.id}/`)).json).toEqual(res.json);
    }
    const issue = await call('GET', `${prefix}/1/error_tracking/issues/${issueId}/`);
    expect(issue.json.external_issues.map((ref: any) => ref.external_url).sort()).toEqual(
      cases.map(([, , url]) => url).sort(),
    );
  });

  it('linking a ticket the issue already links answers that reference, still 201; another issue gets its own', async () => {
    const { call, db, integrations } = setup();
    const body = {
      integration_id: integrations.github,
      issue: issueId,
      external_context: { repository: 'web', number: 3 },
    };
    const first = await call('POST', link, { body });
    const again = await call('POST', link, { body: { ...body, external_context: { number: '3', repository: 'web' } } });
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(db.prepare('SELECT COUNT(*) AS n FROM external_references').get()).toEqual({ n: 1 });
    const other = await call('POST', link, { body: { ...body, issue: otherIssueId } });
    expect(other.status).toBe(201);
    expect(other.json.id).not.toBe(first.json.id);
    expect(db.prepare('SELECT COUNT(*) AS n FROM external_references').get()).toEqual({ n: 2 });
  });

  it('refuses contexts PostHog would not store (wrong types, unsafe text, owner/repo), changing nothing', async () => {
    const { call, db, integrations } = setup();
    const before = snapshot(db);
    const githubMissing = invalid('Missing required external context fields for github: repository, number.');
    const cases: Array<[Record<string, unknown>, unknown]> = [
      [
        { integration_id: integrations.github, issue: issueId, external_context: { repository: 'web', number: 0 } },
        githubMissing,
      ],
      [{ integration_id: integrations.github, issue: issueId, external_context: { number: 4 } }, githubMissing],
      [
        { integration_id: integrations.github, issue: issueId, external_context: { repository: 'web', number: true } },
        githubMissing,
      ],
      [
        {
          integration_id: integrations.github,
          issue: issueId,
          external_context: { repository: 'acme/web', number: 4 },
        },
        githubMissing,
      ],
      [
        { integration_id: integrations.github, issue: issueId, external_context: { repository: '..', number: 4 } },
        githubMissing,
      ],
      [
        { integration_id: integrations.linear, issue: issueId, external_context: { id: 'not a ticket' } },
        invalid('Missing required external context fields for linear: id.'),
      ],
      [
        { integration_id: integrations.gitlab, issue: issueId, external_context: {} },
        invalid('Missing required external context fields for gitlab: issue_id.'),
      ],
      [
        { integration_id: integrations.jira, issue: issueId },
        validation('This field is required.', 'external_context', 'required'),
      ],
    ];
    for (const [body, error] of cases) {
      const res = await call('POST', link, { body });
      expect(res.status).toBe(400);
      expect(res.json).toEqual(error);
    }
    expect(snapshot(db)).toEqual(before);
  });

  it('POST / requires config (external_context there is ignored), and the issue and integration of this environment', async () => {
    const { call, db, integrations } = setup();
    const before = snapshot(db);
    const cases: Array<[string, Record<string, unknown>, unknown]> = [
      [
        base,
        { integration_id: integrations.jira, issue: issueId },
        validation('This field is required.', 'config', 'required'),
      ],
      [
        base,
        { integration_id: integrations.jira, issue: issueId, external_context: { key: 'A-1' } },
        validation('This field is required.', 'config', 'required'),
      ],
      [
        link,
        { integration_id: integrations.jira, external_context: { key: 'A-1' } },
        validation('This field is required.', 'issue', 'required'),
      ],
      [
        link,
        { issue: issueId, external_context: { key: 'A-1' } },
        validation('This field is required.', 'integration_id', 'required'),
      ],
      [
        link,
        { integration_id: 'jira', issue: issueId, external_context: { key: 'A-1' } },
        validation('A valid integer is required.', 'integration_id'),
      ],
      [
        link,
        { integration_id: integrations.jira, issue: 'x', external_context: { key: 'A-1' } },
        validation('Must be a valid UUID.', 'issue'),
      ],
      [
        link,
        { integration_id: integrations.jira, issue: mobileIssueId, external_context: { key: 'A-1' } },
        invalid('Issue does not belong to this team.'),
      ],
      [
        base,
        { integration_id: integrations.jira, issue: '00000000-0000-4000-8000-000000000000', config: {} },
        invalid('Issue does not belong to this team.'),
      ],
      [
        link,
        { integration_id: integrations.mobile, issue: issueId, external_context: { key: 'A-1' } },
        invalid('Integration does not belong to this team.'),
      ],
      [
        base,
        { integration_id: 9999, issue: issueId, config: {} },
        invalid('Integration does not belong to this team.'),
      ],
      [
        link,
        { integration_id: integrations.slack, issue: issueId, external_context: { key: 'A-1' } },
        invalid('Provider not supported'),
      ],
      [base, { integration_id: integrations.slack, issue: issueId, config: {} }, invalid('Provider not supported')],
    ];
    for (const [path, body, error] of cases) {
      const res = await call('POST', path, { body });
      expect({ path, body, status: res.status, json: res.json }).toEqual({ path, body, status: 400, json: error });
    }
    expect(snapshot(db)).toEqual(before);
  });

  it('creating a ticket: missing config keys, then no credentials (400)', async () => {
    const { call, db, integrations } = setup();
    const before = snapshot(db);
    const missing = await call('POST', base, {
      body: { integration_id: integrations.jira, issue: issueId, config: { title: 'Crash' } },
    });
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual(invalid('Missing required config fields for jira: project_key, description.'));

    const blank = await call('POST', base, {
      body: {
        integration_id: integrations.github,
        issue: issueId,
        config: { repository: 'web', title: ' ', body: '' },
      },
    });
    expect(blank.json).toEqual(invalid('Config fields for github cannot be blank: title.'));
    const notText = await call('POST', base, {
      body: { integration_id: integrations.github, issue: issueId, config: { repository: 'web', title: 1, body: 2 } },
    });
    expect(notText.json).toEqual(invalid('Config fields for github must be strings: title, body.'));

    const noCredentials = await call('POST', base, {
      body: {
        integration_id: integrations.github,
        issue: issueId,
        config: { repository: 'web', title: 'Crash', body: 'trace' },
      },
    });
    expect(noCredentials.status).toBe(400);
    expect(noCredentials.json).toEqual(
      validation(
        'This integration has no credentials, so a new ticket cannot be created. Link an existing ticket instead, ' +
          "or set the integration's token in Settings → Integrations.",
        'config',
      ),
    );
    expect(snapshot(db)).toEqual(before);
  });

  it('lists this environment’s references, paginated; other environments’ ids are 404', async () => {
    const { call, db, integrations } = setup();
    const first = addReference(
      db,
      issueId,
      integrations.linear,
      { id: 'ENG-1' },
      // Listed in id order (PostHog promises none), whatever the creation time.
      { id: 'aaaaaaaa-0000-4000-8000-000000000000', createdAt: '2026-02-03T00:00:00.000Z' },
    );
    const second = addReference(
      db,
      otherIssueId,
      integrations.gitlab,
      { issue_id: 9 },
      { id: 'bbbbbbbb-0000-4000-8000-000000000000', createdAt: '2026-02-02T00:00:00.000Z' },
    );
    const mobileIssue = addIssue(db, { teamId: 2 });
    const foreign = addReference(db, mobileIssue, integrations.mobile, { repository: 'app', number: 1 }, { teamId: 2 });
    const res = await call('GET', `${base}/?limit=1`);
    expect(res.json.count).toBe(2);
    expect(res.json.results).toEqual([
      {
        id: first,
        integration: { id: integrations.linear, kind: 'linear', display_name: 'linear integration' },
        external_url: 'https://linear.app/acme/issue/ENG-1',
      },
    ]);
    expect(res.json.next).toBe(`http://localhost${base}/?limit=1&offset=1`);
    expect((await call('GET', `${base}/?offset=1`)).json.results.map((ref: any) => ref.id)).toEqual([second]);
    for (const id of [foreign, 'not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      const missing = await call('GET', `${base}/${id}/`);
      expect(missing.status).toBe(404);
      expect(missing.json).toEqual(errorBody.notFound());
    }
    const mobile = await call('GET', `${prefix}/2/error_tracking/external_references/${foreign}`);
    expect(mobile.json.external_url).toBe('https://github.com/acme/app/issues/1');
  });

  it('searches picker tickets by title or id, case-insensitively; GitHub only in the named repository', async () => {
    const { call, db, integrations } = setup();
    const byTitle = await call('GET', `${base}/search_issues/?integration_id=${integrations.linear}&search=CHECKOUT`);
    expect(byTitle.status).toBe(200);
    expect(byTitle.json).toEqual({ issues: [tickets[0]] });
    const byId = await call('GET', `${base}/search_issues?integration_id=${integrations.linear}&search=eng-7`);
    expect(byId.json.issues.map((ticket: any) => ticket.id)).toEqual(['ENG-7']);
    const all = await call('GET', `${base}/search_issues?integration_id=${integrations.linear}`);
    expect(all.json.issues.map((ticket: any) => ticket.id)).toEqual(['ENG-42', 'ENG-7']);
    const noPickerData = await call(
      'GET',
      `${base}/search_issues?integration_id=${integrations.github}&search=x&repository=web`,
    );
    expect(noPickerData.json).toEqual({ issues: [] });
    const githubTickets = [
      {
        id: '12',
        title: 'Crash in web',
        url: 'https://github.com/acme/web/issues/12',
        external_context: { repository: 'web', number: 12 },
      },
      {
        id: '3',
        title: 'Crash in api',
        url: 'https://github.com/acme/api/issues/3',
        external_context: { repository: 'api', number: 3 },
      },
    ];
    db.prepare('UPDATE integrations SET picker_data = ? WHERE id = ?').run(
      JSON.stringify({ tickets: githubTickets }),
      integrations.github,
    );
    const inWeb = await call(
      'GET',
      `${base}/search_issues?integration_id=${integrations.github}&search=crash&repository=web`,
    );
    expect(inWeb.json).toEqual({ issues: [githubTickets[0]] });
    const empty = await call(
      'GET',
      `${base}/search_issues?integration_id=${integrations.github}&search=&repository=api`,
    );
    expect(empty.json.issues.map((ticket: any) => ticket.id)).toEqual(['3']);
  });

  it('search_issues refuses missing, foreign and non-tracker integrations, and GitHub without a bare repository', async () => {
    const { call, integrations } = setup();
    const missing = await call('GET', `${base}/search_issues/`);
    expect(missing.json).toEqual(validation('This field is required.', 'integration_id', 'required'));
    const foreign = await call('GET', `${base}/search_issues/?integration_id=${integrations.mobile}`);
    expect(foreign.json).toEqual(invalid('Integration does not belong to this team.'));
    const slack = await call('GET', `${base}/search_issues/?integration_id=${integrations.slack}`);
    expect(slack.json).toEqual(invalid('Provider not supported'));
    for (const query of ['', '&repository=', '&repository=%20']) {
      const res = await call('GET', `${base}/search_issues/?integration_id=${integrations.github}${query}`);
      expect(res.status).toBe(400);
      expect(res.json).toEqual(invalid('A repository is required to search GitHub issues.'));
    }
    const owned = await call('GET', `${base}/search_issues/?integration_id=${integrations.github}&repository=acme/web`);
    expect(owned.json).toEqual(
      invalid("Pass the repository name without an owner; only the integration's account can be searched."),
    );
    const linear = await call('GET', `${base}/search_issues/?integration_id=${integrations.linear}&repository=a/b`);
    expect(linear.status).toBe(200);
  });

  it('refuses DELETE with an empty 405 and other methods with the JSON 405', async () => {
    const { call, db, integrations } = setup();
    const id = addReference(db, issueId, integrations.jira, { key: 'OPS-1' });
    const before = snapshot(db);
    await expectEmptyDelete405(call, `${base}/${id}/`);
    const cases: Array<[string, string]> = [
      ['PATCH', `${base}/${id}/`],
      ['PUT', `${base}/${id}`],
      ['POST', `${base}/${id}/`],
      ['DELETE', `${base}/`],
      ['POST', `${base}/search_issues/`],
      ['GET', `${base}/link_issue/`],
      ['PATCH', `${base}/link_issue`],
    ];
    await expectMethodsRefused(call, cases, { issue: otherIssueId });
    expect(snapshot(db)).toEqual(before);
  });
});
