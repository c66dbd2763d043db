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

  it('links an existing ticket of each tracker (201) and builds its URL from the integration config', async () => {
    const { call, integrations } = setup();
    const cases: Array<[keyof typeof integrations, Record<string, unknown>, string]> = [
      ['github', { repository: 'web-app', number: '12' }, 'https://github.com/acme/web-app/issues/12'],
      ['gitlab', { issue_id: 5 }, 'https://gitlab.example.com/acme/web/issues/5'],
      ['linear', { id: 'ENG-42', title: 'ignored extra key' }, 'https://linear.app/acme/issue/ENG-42'],
      ['jira', { key: 'OPS-7' }, 'https://acme.atlassian.net/browse/OPS-7'],
    ];
    for (const [kind, context, url] of cases) {
      const res = await call('POST', `${base}/`, {
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
        issue: issueId,
      });
      expect((await call('GET', `${base}/${res.json.id}/`)).json).toEqual(res.json);
    }
    const issue = await call('GET', `${prefix}/1/error_tracking/issues/${issueId}/`);
    expect(issue.json.external_issues.map((ref: any) => ref.external_url)).toEqual(cases.map(([, , url]) => url));
  });

  it('linking the same ticket again answers the existing reference with 200', async () => {
    const { call, db, integrations } = setup();
    const body = {
      integration_id: integrations.github,
      issue: issueId,
      external_context: { repository: 'web', number: 3 },
    };
    const first = await call('POST', base, { body });
    const again = await call('POST', base, { body: { ...body, external_context: { number: '3', repository: 'web' } } });
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect(db.prepare('SELECT COUNT(*) AS n FROM external_references').get()).toEqual({ n: 1 });
  });

  it('refuses a ticket already linked to another issue, and invalid contexts, changing nothing', async () => {
    const { call, db, integrations } = setup();
    await call('POST', base, {
      body: { integration_id: integrations.jira, issue: issueId, external_context: { key: 'OPS-1' } },
    });
    const before = snapshot(db);
    const cases: Array<[Record<string, unknown>, unknown]> = [
      [
        { integration_id: integrations.jira, issue: otherIssueId, external_context: { key: 'OPS-1' } },
        validation('This ticket is already linked to another issue.', 'external_context'),
      ],
      [
        { integration_id: integrations.github, issue: issueId, external_context: { repository: 'web', number: 0 } },
        validation('Issue number must be a positive integer.', 'external_context__number'),
      ],
      [
        { integration_id: integrations.linear, issue: issueId, external_context: { id: 'not a ticket' } },
        validation('A Linear id looks like ENG-42.', 'external_context__id'),
      ],
      [
        { integration_id: integrations.github, issue: issueId, external_context: { number: 4 } },
        validation('This field is required.', 'external_context__repository', 'required'),
      ],
      [
        { integration_id: integrations.github, issue: issueId, external_context: { repository: 'web', number: true } },
        validation('Issue number must be a positive integer.', 'external_context__number'),
      ],
      [
        { integration_id: integrations.gitlab, issue: issueId, external_context: {} },
        validation('This field is required.', 'external_context__issue_id', 'required'),
      ],
    ];
    for (const [body, error] of cases) {
      const res = await call('POST', base, { body });
      expect(res.status).toBe(400);
      expect(res.json).toEqual(error);
    }
    expect(snapshot(db)).toEqual(before);
  });

  it('needs exactly one of config and external_context, and the issue and integration of this environment', async () => {
    const { call, db, integrations } = setup();
    const before = snapshot(db);
    const exactlyOne =
      'Provide exactly one of config (create a new ticket) or external_context (link an existing ticket).';
    const cases: Array<[Record<string, unknown>, unknown]> = [
      [{ integration_id: integrations.jira, issue: issueId }, validation(exactlyOne, null)],
      [
        { integration_id: integrations.jira, issue: issueId, config: {}, external_context: { key: 'A-1' } },
        validation(exactlyOne, null),
      ],
      [
        { integration_id: integrations.jira, external_context: { key: 'A-1' } },
        validation('This field is required.', 'issue', 'required'),
      ],
      [
        { issue: issueId, external_context: { key: 'A-1' } },
        validation('This field is required.', 'integration_id', 'required'),
      ],
      [
        { integration_id: 'jira', issue: issueId, external_context: { key: 'A-1' } },
        validation('A valid integer is required.', 'integration_id'),
      ],
      [
        { integration_id: integrations.jira, issue: 'x', external_context: { key: 'A-1' } },
        validation('Must be a valid UUID.', 'issue'),
      ],
      [
        { integration_id: integrations.jira, issue: mobileIssueId, external_context: { key: 'A-1' } },
        validation('Issue does not belong to this team.', 'issue'),
      ],
      [
        {
          integration_id: integrations.jira,
          issue: '00000000-0000-4000-8000-000000000000',
          external_context: { key: 'A-1' },
        },
        validation('Issue does not belong to this team.', 'issue'),
      ],
      [
        { integration_id: integrations.mobile, issue: issueId, external_context: { key: 'A-1' } },
        validation('Integration does not belong to this team.', 'integration_id'),
      ],
      [
        { integration_id: 9999, issue: issueId, external_context: { key: 'A-1' } },
        validation('Integration does not belong to this team.', 'integration_id'),
      ],
      [
        { integration_id: integrations.slack, issue: issueId, external_context: { key: 'A-1' } },
        validation('A slack integration cannot hold tickets.', 'integration_id'),
      ],
    ];
    for (const [body, error] of cases) {
      const res = await call('POST', base, { body });
      expect(res.status).toBe(400);
      expect(res.json).toEqual(error);
    }
    expect(snapshot(db)).toEqual(before);
  });

  // Creating tickets through a tracker's API (with credentials) is tested in trackers/tracker-tickets.test.ts.
  it('creating a ticket: missing config keys, then no credentials (400)', async () => {
    const { call, db, integrations } = setup();
    const before = snapshot(db);
    const missing = await call('POST', base, {
      body: { integration_id: integrations.jira, issue: issueId, config: { title: 'Crash' } },
    });
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual(
      validation('Missing required config fields for jira: project_key, description.', 'config'),
    );

    const blank = await call('POST', base, {
      body: {
        integration_id: integrations.github,
        issue: issueId,
        config: { repository: 'web', title: ' ', body: '' },
      },
    });
    expect(blank.json).toEqual(validation('Title is required.', 'config__title'));

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
          `or add credentials with: npm run integrations -- set-token ${integrations.github} <token>`,
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
      { createdAt: '2026-02-01T00:00:00.000Z' },
    );
    const second = addReference(
      db,
      otherIssueId,
      integrations.gitlab,
      { issue_id: 9 },
      { createdAt: '2026-02-02T00:00:00.000Z' },
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
        issue: issueId,
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

  it('searches picker tickets by title or id, case-insensitively', async () => {
    const { call, integrations } = setup();
    const byTitle = await call('GET', `${base}/search_issues/?integration_id=${integrations.linear}&search=CHECKOUT`);
    expect(byTitle.status).toBe(200);
    expect(byTitle.json).toEqual({ issues: [tickets[0]] });
    const byId = await call('GET', `${base}/search_issues?integration_id=${integrations.linear}&search=eng-7`);
    expect(byId.json.issues.map((ticket: any) => ticket.id)).toEqual(['ENG-7']);
    const all = await call('GET', `${base}/search_issues?integration_id=${integrations.linear}`);
    expect(all.json.issues.map((ticket: any) => ticket.id)).toEqual(['ENG-42', 'ENG-7']);
    const noPickerData = await call('GET', `${base}/search_issues?integration_id=${integrations.github}&search=x`);
    expect(noPickerData.json).toEqual({ issues: [] });
  });

  it('search_issues refuses missing, foreign and non-tracker integrations', async () => {
    const { call, integrations } = setup();
    const missing = await call('GET', `${base}/search_issues/`);
    expect(missing.json).toEqual(validation('This field is required.', 'integration_id', 'required'));
    const foreign = await call('GET', `${base}/search_issues/?integration_id=${integrations.mobile}`);
    expect(foreign.json).toEqual(validation('Integration does not belong to this team.', 'integration_id'));
    const slack = await call('GET', `${base}/search_issues/?integration_id=${integrations.slack}`);
    expect(slack.json).toEqual(validation('A slack integration cannot hold tickets.', 'integration_id'));
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
    ];
    await expectMethodsRefused(call, cases, { issue: otherIssueId });
    expect(snapshot(db)).toEqual(before);
  });
});
