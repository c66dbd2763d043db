import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackerKind } from '../../contract/integrations';
import { addIntegration, addIssue, errorBody, snapshot } from '../local-api/error-tracking-fixtures.test-support';
import { makeTestServer } from '../test-support';
import { startTrackerStandIn, type StandInMode, type TrackerStandIn } from './tracker-stand-in';

const token = 'tok_S3cret-9f8e7d';
const issueId = '11111111-1111-4111-8111-111111111111';
const base = '/api/environments/1/error_tracking/external_references';
const titles = ['Checkout crashes on empty cart', 'Login loops'];

let standIn: TrackerStandIn;
beforeAll(async () => {
  standIn = await startTrackerStandIn();
});
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.reset();
  vi.stubEnv('TRACKER_TIMEOUT_MS', '300');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function setup(baseUrl = standIn.baseUrl) {
  const server = makeTestServer();
  addIssue(server.db, { id: issueId });
  const kinds = ['github', 'gitlab', 'linear', 'jira'] as const;
  const ids = Object.fromEntries(kinds.map((kind) => [kind, addIntegration(server.db, kind, { accessToken: token })]));
  server.db.prepare('UPDATE integrations SET api_base_url = ?').run(baseUrl);
  return { ...server, ids: ids as Record<TrackerKind, number> };
}

function expectNoToken(res: { text: string }) {
  expect(res.text).not.toContain(token);
}

const create = (call: ReturnType<typeof setup>['call'], integrationId: number, config: Record<string, unknown>) =>
  call('POST', `${base}/`, { body: { integration_id: integrationId, issue: issueId, config } });
const search = (call: ReturnType<typeof setup>['call'], integrationId: number, term: string) =>
  // GitHub searches one bare repository name (PostHog requires it); the other trackers ignore it.
  call(
    'GET',
    `${base}/search_issues/?integration_id=${integrationId}&search=${encodeURIComponent(term)}&repository=web`,
  );

type TrackerCase = {
  label: string;
  config: Record<string, unknown>;
  sent: { method: string; path: string; headers: Record<string, string>; body: unknown };
  context: Record<string, unknown>;
  url: string;
  searchSent: { method: string; path: string; query?: Record<string, string>; body?: unknown };
  found: Array<{ id: string; url: string; external_context: Record<string, unknown> }>;
  notFound: { create: string; search: string };
  credentialsReason: string;
  refused: string;
};

const cases: Record<TrackerKind, TrackerCase> = {
  github: {
    label: 'GitHub',
    config: { repository: 'web', title: 'Checkout crashes', body: 'TypeError at checkout.ts:12' },
    sent: {
      method: 'POST',
      path: '/repos/acme/web/issues',
      headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json' },
      body: { title: 'Checkout crashes', body: 'TypeError at checkout.ts:12' },
    },
    context: { repository: 'web', number: 101 },
    url: 'https://github.com/acme/web/issues/101',
    searchSent: {
      method: 'GET',
      path: '/search/issues',
      query: { q: 'repo:acme/web "crash" in:title type:issue', per_page: '25' },
    },
    // As PostHog: the hit without a number and the one from another repository are dropped; the id is the number.
    found: [
      {
        id: '12',
        url: 'https://github.com/acme/web/issues/12',
        external_context: { repository: 'web', number: 12 },
      },
    ],
    notFound: { create: 'repository acme/web', search: 'repository acme/web' },
    credentialsReason: '401',
    refused: 'GitHub refused the request (422): Validation Failed; title is too long (sent with Bearer [redacted])',
  },
  gitlab: {
    label: 'GitLab',
    config: { title: 'Checkout crashes', body: 'TypeError at checkout.ts:12' },
    sent: {
      method: 'POST',
      path: '/api/v4/projects/7/issues',
      headers: { 'private-token': token },
      body: { title: 'Checkout crashes', description: 'TypeError at checkout.ts:12' },
    },
    context: { issue_id: 42 },
    url: 'https://gitlab.example.com/acme/web/issues/42',
    searchSent: { method: 'GET', path: '/api/v4/projects/7/issues', query: { search: 'crash', per_page: '20' } },
    found: [5, 6].map((iid) => ({
      id: `#${iid}`,
      url: `https://gitlab.example.com/acme/web/-/issues/${iid}`,
      external_context: { issue_id: iid },
    })),
    notFound: { create: 'project acme/web', search: 'project acme/web' },
    credentialsReason: '401',
    refused: 'GitLab refused the request (400): title is too long (sent with [redacted])',
  },
  linear: {
    label: 'Linear',
    config: { team_id: 'team-1', title: 'Checkout crashes', description: 'TypeError at checkout.ts:12' },
    sent: {
      method: 'POST',
      path: '/graphql',
      headers: { authorization: token },
      body: {
        query: expect.stringMatching(/issueCreate\(input: \$input\) \{ success issue \{ identifier url \} \}/),
        variables: {
          input: { teamId: 'team-1', title: 'Checkout crashes', description: 'TypeError at checkout.ts:12' },
        },
      },
    },
    context: { id: 'ENG-101' },
    url: 'https://linear.app/acme/issue/ENG-101',
    searchSent: {
      method: 'POST',
      path: '/graphql',
      body: {
        query: expect.stringMatching(
          /searchIssues\(term: \$term, first: \$first\) \{ nodes \{ identifier title url \} \}/,
        ),
        variables: { term: 'crash', first: 20 },
      },
    },
    found: ['ENG-42', 'ENG-7'].map((id) => ({
      id,
      url: `https://linear.app/acme/issue/${id}`,
      external_context: { id },
    })),
    notFound: { create: 'GraphQL API at STAND_IN/graphql', search: 'GraphQL API at STAND_IN/graphql' },
    credentialsReason: 'authentication_error',
    refused: 'Linear refused the request: Title is too long (sent with [redacted])',
  },
  jira: {
    label: 'Jira',
    config: { project_key: 'OPS', title: 'Checkout crashes', description: 'TypeError\nat checkout.ts:12\n\nSince v2' },
    sent: {
      method: 'POST',
      path: '/rest/api/3/issue',
      headers: { authorization: `Bearer ${token}` },
      body: {
        fields: {
          project: { key: 'OPS' },
          summary: 'Checkout crashes',
          description: {
            type: 'doc',
            version: 1,
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: 'TypeError' },
                  { type: 'hardBreak' },
                  { type: 'text', text: 'at checkout.ts:12' },
                ],
              },
              { type: 'paragraph', content: [{ type: 'text', text: 'Since v2' }] },
            ],
          },
          issuetype: { name: 'Bug' },
        },
      },
    },
    context: { key: 'OPS-101' },
    url: 'https://acme.atlassian.net/browse/OPS-101',
    searchSent: {
      method: 'GET',
      path: '/rest/api/3/search/jql',
      query: { jql: 'text ~ "crash" order by created DESC', fields: 'summary', maxResults: '20' },
    },
    found: ['OPS-7', 'OPS-8'].map((key) => ({
      id: key,
      url: `https://acme.atlassian.net/browse/${key}`,
      external_context: { key },
    })),
    notFound: { create: 'project OPS', search: 'search API (/rest/api/3/search/jql)' },
    credentialsReason: '401',
    refused: 'Jira refused the request (400): summary Summary is too long (sent with Bearer [redacted])',
  },
};

const failureModes: Array<[Exclude<StandInMode, 'ok'>, number]> = [
  ['401', 400],
  ['404', 400],
  ['422', 400],
  ['500', 502],
  ['hang', 504],
];

function expectedFailure(kind: TrackerKind, mode: Exclude<StandInMode, 'ok'>, action: 'create' | 'search') {
  const { label, credentialsReason, notFound, refused } = cases[kind];
  const details: Record<typeof mode, string> = {
    '401': `${label} refused the credentials (${credentialsReason}). Update the token in Settings → Integrations.`,
    '404': `${label} found no ${notFound[action].replace('STAND_IN', standIn.baseUrl)} (404). Check the name, and that the token can see it.`,
    '422': refused,
    '500': `${label} is unavailable (500).`,
    hang: `${label} did not answer within 0.3 s.`,
  };
  if (mode === '500') return { type: 'server_error', code: 'bad_gateway', detail: details[mode], attr: null };
  if (mode === 'hang') return { type: 'server_error', code: 'gateway_timeout', detail: details[mode], attr: null };
  return errorBody.validation(details[mode], null);
}

describe.each(Object.keys(cases) as TrackerKind[])('%s with credentials', (kind) => {
  const expected = cases[kind];

  it('creates the ticket, then stores the reference with the tracker’s context and URL', async () => {
    const { call, db, ids } = setup();
    const res = await create(call, ids[kind], expected.config);
    expectNoToken(res);
    expect(res.status).toBe(201);
    expect(res.json).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      integration: { id: ids[kind], kind, display_name: `${kind} integration` },
      external_url: expected.url,
    });
    expect(standIn.requests).toEqual([
      {
        method: expected.sent.method,
        path: expected.sent.path,
        query: {},
        headers: expect.objectContaining({ 'content-type': 'application/json', ...expected.sent.headers }),
        body: expected.sent.body,
      },
    ]);
    const stored = db.prepare('SELECT issue_id, integration_id, external_context FROM external_references').all();
    expect(stored).toEqual([
      { issue_id: issueId, integration_id: ids[kind], external_context: JSON.stringify(expected.context) },
    ]);
    const issue = await call('GET', `/api/environments/1/error_tracking/issues/${issueId}/`);
    expect(issue.json.external_issues.map((ref: { external_url: string }) => ref.external_url)).toEqual([expected.url]);
  });

  it('searches the tracker and maps its hits to linkable tickets', async () => {
    const { call, ids } = setup();
    const res = await search(call, ids[kind], '  crash ');
    expectNoToken(res);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      issues: expected.found.map((hit, index) => ({ ...hit, title: titles[index] })),
    });
    expect(standIn.requests).toHaveLength(1);
    expect(standIn.requests[0]).toMatchObject({ ...expected.searchSent, headers: expected.sent.headers });
    const first = expected.found[0]!;
    const linked = await call('POST', `${base}/link_issue/`, {
      body: { integration_id: ids[kind], issue: issueId, external_context: first.external_context },
    });
    expect(linked.json.external_url).toBe(first.url.replace('/-/issues/', '/issues/'));
  });

  it.each(failureModes)('answers tracker mode %s with %i, storing nothing', async (mode, status) => {
    const { call, db, ids } = setup();
    const before = snapshot(db);
    standIn.mode = mode;
    for (const action of ['create', 'search'] as const) {
      const res =
        action === 'create' ? await create(call, ids[kind], expected.config) : await search(call, ids[kind], 'x');
      expectNoToken(res);
      expect({ action, status: res.status, json: res.json }).toEqual({
        action,
        status,
        json: expectedFailure(kind, mode, action),
      });
    }
    expect(standIn.requests).toHaveLength(2);
    expect(snapshot(db)).toEqual(before);
  });
});

describe('tracker calls', () => {
  it('answers 502 when the tracker cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const { call, db, ids } = setup(`http://127.0.0.1:${port}`);
    const before = snapshot(db);
    const res = await create(call, ids.github, cases.github.config);
    expect(res.status).toBe(502);
    expect(res.json.detail).toBe('GitHub is unavailable (connection refused).');
    expect(snapshot(db)).toEqual(before);
  });

  it('answers 502 for a redirect, which it never follows, and for an answer of an unexpected shape', async () => {
    const paths: string[] = [];
    const odd = createServer((req, res) => {
      paths.push(req.url ?? '');
      if (req.url?.startsWith('/repos/')) res.writeHead(302, { Location: '/elsewhere' }).end();
      else res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"items": "none"}');
    });
    await new Promise<void>((resolve) => odd.listen(0, '127.0.0.1', resolve));
    const { call, db, ids } = setup(`http://127.0.0.1:${(odd.address() as AddressInfo).port}`);
    const before = snapshot(db);
    const redirected = await create(call, ids.github, cases.github.config);
    expect(redirected.status).toBe(502);
    expect(redirected.json.detail).toBe("GitHub answered with a redirect (302); check the integration's API base URL.");
    const shapeless = await search(call, ids.github, 'x');
    expect(shapeless.status).toBe(502);
    expect(shapeless.json.detail).toBe('GitHub answered in an unexpected shape.');
    expect(paths.map((path) => path.split('?')[0])).toEqual(['/repos/acme/web/issues', '/search/issues']);
    expect(snapshot(db)).toEqual(before);
    await new Promise((resolve) => odd.close(resolve));
  });

  it('creates in a repository named owner/repo, but stores it as given: PostHog’s broken link', async () => {
    const { call, db, ids } = setup();
    const res = await create(call, ids.github, { ...cases.github.config, repository: 'octo/lib' });
    expect(standIn.requests[0]!.path).toBe('/repos/octo/lib/issues');
    expect(res.status).toBe(201);
    expect(res.json.external_url).toBe('https://github.com/acme/octo/lib/issues/101');
    const own = await create(call, ids.github, { ...cases.github.config, repository: 'ACME/web' });
    expect(own.status).toBe(201);
    expect(own.json.external_url).toBe('https://github.com/acme/ACME/web/issues/101');
    expect(db.prepare('SELECT external_context FROM external_references ORDER BY created_at, rowid').all()).toEqual([
      { external_context: JSON.stringify({ repository: 'octo/lib', number: 101 }) },
      { external_context: JSON.stringify({ repository: 'ACME/web', number: 101 }) },
    ]);
  });

  it('refuses a malformed repository before calling GitHub', async () => {
    const { call, ids } = setup();
    const res = await create(call, ids.github, { ...cases.github.config, repository: 'a/b/c' });
    expect(res.json).toEqual(errorBody.validation('A repository is a name or owner/repo.', 'config__repository'));
    expect(standIn.requests).toEqual([]);
  });

  it('lists recent tickets for an empty search', async () => {
    const { call, ids } = setup();
    for (const kind of ['github', 'gitlab', 'linear', 'jira'] as const) {
      expect((await search(call, ids[kind], '')).status).toBe(200);
    }
    expect(
      standIn.requests.map((request) => request.query.q ?? request.query.jql ?? request.query.search ?? null),
    ).toEqual(['repo:acme/web type:issue', null, null, 'order by created DESC']);
    expect(standIn.requests[2]!.body).toMatchObject({ query: expect.stringMatching(/issues\(first: \$first\)/) });
  });

  it('refuses an API base URL that is not http(s) before calling anything', async () => {
    const { call, db, ids } = setup();
    db.prepare("UPDATE integrations SET api_base_url = 'ftp://tracker.example.com' WHERE id = ?").run(ids.jira);
    const before = snapshot(db);
    expect((await search(call, ids.jira, 'x')).json).toEqual(
      errorBody.validation(
        'This Jira integration has no valid http(s) API address, so tickets cannot be created or searched with ' +
          'its token. Whoever runs this server sets one with its integrations command (--base-url).',
        null,
      ),
    );
    expect(standIn.requests).toEqual([]);
    expect(snapshot(db)).toEqual(before);
  });
});
