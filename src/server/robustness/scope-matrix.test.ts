import { describe, expect, it } from 'vitest';
import { apiScopes } from '../../contract/organization';
import { ruleKinds, ruleResourcePaths } from '../../contract/rules';
import { createPersonalApiKey, revokePersonalApiKey } from '../gateway/personal-api-keys';
import { buildExceptionQuery } from '../hogql/build-exception-query';
import {
  makeFixtureServer,
  sendRaw,
  snapshotDatabase,
  typeErrorFilters,
  type EnvironmentFixture,
} from './fixture.test-support';

type ScopeObject =
  'error_tracking' | 'integration' | 'organization_member' | 'organization' | 'project' | 'query' | null;

type Row = {
  method: string;
  path: (env: EnvironmentFixture) => string;
  body?: (env: EnvironmentFixture) => unknown;
  answer: number;
  scope: ScopeObject;
  inEnvironment: boolean;
  reads?: boolean;
};

const unknownId = '00000000-0000-4000-8000-000000000000';
const et = (env: EnvironmentFixture, rest: string, prefix = 'environments') =>
  `/api/${prefix}/${env.teamId}/error_tracking/${rest}`;
const tracking = (method: string, path: Row['path'], answer: number, body?: Row['body']): Row => ({
  method,
  path,
  body,
  answer,
  scope: 'error_tracking',
  inEnvironment: true,
  reads: method === 'GET',
});

const rows: Row[] = [
  ...ruleKinds.flatMap((kind) => {
    const base = (env: EnvironmentFixture) => et(env, ruleResourcePaths[kind]);
    const first = (env: EnvironmentFixture) => `${base(env)}/${env.rules[kind][0]}/`;
    const filters = () => ({ filters: typeErrorFilters });
    return [
      tracking('GET', (env) => `${base(env)}/`, 200),
      tracking(
        'POST',
        (env) => `${base(env)}/`,
        201,
        () => ({ filters: typeErrorFilters, assignee: null }),
      ),
      tracking('GET', first, 200),
      tracking('GET', (env) => `${base(env)}/${unknownId}/`, 404),
      tracking('PATCH', first, 204, filters),
      tracking('PUT', first, 204, filters),
      tracking('DELETE', first, 204),
      tracking(
        'PATCH',
        (env) => `${base(env)}/reorder/`,
        204,
        (env) => ({ orders: { [env.rules[kind][2]!]: 0 } }),
      ),
    ];
  }),
  tracking('GET', (env) => et(env, 'assignment_rules/', 'projects'), 200),
  tracking(
    'PATCH',
    (env) => et(env, 'suppression_rules/reorder/', 'projects'),
    204,
    () => ({ orders: {} }),
  ),
  tracking('GET', (env) => et(env, 'external_references/'), 200),
  tracking(
    'POST',
    (env) => et(env, 'external_references/link_issue/'),
    201,
    (env) => ({
      integration_id: env.github,
      issue: env.issue,
      external_context: { repository: 'web', number: 99 },
    }),
  ),
  tracking('GET', (env) => et(env, `external_references/${env.reference}/`), 200),
  tracking('DELETE', (env) => et(env, `external_references/${env.reference}/`), 405),
  tracking(
    'GET',
    (env) => et(env, `external_references/search_issues/?integration_id=${env.github}&search=cr&repository=web`),
    200,
  ),
  tracking('GET', (env) => et(env, 'fingerprints/'), 200),
  tracking('GET', (env) => et(env, `fingerprints/${env.fingerprints[0]!.id}/`), 200),
  tracking('GET', (env) => et(env, `fingerprints/resolve/?fingerprint=${env.fingerprints[0]!.value}`), 200),
  tracking('DELETE', (env) => et(env, `fingerprints/${env.fingerprints[0]!.id}/`), 405),
  tracking('GET', (env) => et(env, 'issues/'), 200),
  tracking('GET', (env) => et(env, `issues/${env.issue}/`), 200),
  tracking(
    'PATCH',
    (env) => et(env, `issues/${env.issue}/`),
    200,
    () => ({ status: 'resolved' }),
  ),
  tracking(
    'PUT',
    (env) => et(env, `issues/${env.issue}/`),
    200,
    () => ({ name: 'Renamed' }),
  ),
  tracking('DELETE', (env) => et(env, `issues/${env.issue}/`), 405),
  tracking(
    'PATCH',
    (env) => et(env, `issues/${env.issue}/assign/`),
    200,
    () => ({ assignee: { type: 'user', id: 1 } }),
  ),
  tracking(
    'POST',
    (env) => et(env, `issues/${env.issue}/merge/`),
    200,
    (env) => ({ ids: [env.otherIssue] }),
  ),
  tracking(
    'POST',
    (env) => et(env, `issues/${env.issue}/split/`),
    200,
    (env) => ({
      fingerprints: [{ fingerprint: env.fingerprints[1]!.value }],
    }),
  ),
  {
    ...tracking(
      'POST',
      (env) => et(env, 'query/issues/'),
      200,
      () => ({ searchQuery: 'issue' }),
    ),
    reads: true,
  },
  ...[
    (env: EnvironmentFixture) => `/api/environments/${env.teamId}/integrations/`,
    (env: EnvironmentFixture) => `/api/environments/${env.teamId}/integrations/${env.github}/`,
    (env: EnvironmentFixture) => `/api/environments/${env.teamId}/integrations/${env.linear}/linear_teams/`,
    (env: EnvironmentFixture) => `/api/environments/${env.teamId}/integrations/${env.github}/github_repos/`,
    (env: EnvironmentFixture) => `/api/projects/${env.teamId}/integrations/${env.jira}/jira_projects/`,
  ].map((path): Row => ({ method: 'GET', path, answer: 200, scope: 'integration', inEnvironment: true })),
  ...(['environments', 'projects'] as const).map((prefix): Row => ({
    method: 'POST',
    path: (env) => `/api/${prefix}/${env.teamId}/query/`,
    body: () => ({ query: { kind: 'HogQLQuery', query: buildExceptionQuery({ days: 7, limit: 10 }) } }),
    answer: 200,
    scope: 'query',
    inEnvironment: true,
    reads: true,
  })),
  {
    method: 'GET',
    path: (env) => `/api/console/environments/${env.teamId}/exceptions/`,
    answer: 200,
    scope: 'query',
    inEnvironment: true,
  },
  ...['', 'actors/'].map((rest): Row => ({
    method: 'GET',
    path: (env) => `/api/console/environments/${env.teamId}/rule-history/${rest}`,
    answer: 200,
    scope: 'error_tracking',
    inEnvironment: true,
    reads: true,
  })),
  {
    method: 'GET',
    path: () => '/api/organizations/@current/members/',
    answer: 200,
    scope: 'organization_member',
    inEnvironment: false,
  },
  {
    method: 'GET',
    path: () => '/api/organizations/@current/roles/',
    answer: 200,
    scope: 'organization',
    inEnvironment: false,
  },
  { method: 'GET', path: () => '/api/projects/', answer: 200, scope: 'project', inEnvironment: false },
  { method: 'GET', path: (env) => `/api/projects/${env.teamId}/`, answer: 200, scope: 'project', inEnvironment: true },
  { method: 'GET', path: () => '/api/personal_api_keys/@current/', answer: 200, scope: null, inEnvironment: false },
];

const error = (type: string, code: string, detail: string) => ({ type, code, detail, attr: null });
const notAuthenticated = error(
  'authentication_error',
  'not_authenticated',
  'Authentication credentials were not provided.',
);
const authenticationFailed = (detail: string) => error('authentication_error', 'authentication_failed', detail);
const permissionDenied = (detail: string) => error('authentication_error', 'permission_denied', detail);
const missingScope = (scope: string) => permissionDenied(`API key missing required scope '${scope}'`);
const noProjectAccess = (teamId: number) =>
  permissionDenied(`API key does not have access to the requested project: ID ${teamId}.`);
// PostHog refuses a project-limited key on every path that names no project, except the key's own info.
const projectBasedOnly = (row: Row, otherwise: Outcome): Outcome =>
  row.inEnvironment || row.scope === null
    ? otherwise
    : {
        status: 403,
        body: permissionDenied('API keys with scoped projects are only supported on project-based endpoints.'),
      };

type Outcome = { status: number; body?: unknown };
const success = (row: Row): Outcome => ({ status: row.answer });

type KeyType = {
  name: string;
  authorization: (server: ReturnType<typeof makeFixtureServer>) => string | null;
  env: 1 | 2;
  expect: (row: Row) => Outcome;
};

const readScopes = apiScopes.filter((scope) => scope.endsWith(':read'));
const allScopes = apiScopes.filter((scope) => scope !== '*');
const bearer = (secret: string) => `Bearer ${secret}`;

const keyTypes: KeyType[] = [
  {
    name: 'write (every scope)',
    authorization: (server) => bearer(server.createKey(allScopes)),
    env: 1,
    expect: success,
  },
  {
    name: 'legacy (no scope list)',
    authorization: (server) => bearer(server.createKey([])),
    env: 1,
    expect: success,
  },
  {
    name: 'read (every read scope)',
    authorization: (server) => bearer(server.createKey(readScopes)),
    env: 1,
    expect: (row) =>
      row.scope === null || row.method === 'GET' || row.reads === true
        ? success(row)
        : { status: 403, body: missingScope(`${row.scope}:write`) },
  },
  {
    name: 'error tracking only',
    authorization: (server) => bearer(server.createKey(['error_tracking:read', 'error_tracking:write'])),
    env: 1,
    expect: (row) =>
      row.scope === null || row.scope === 'error_tracking'
        ? success(row)
        : { status: 403, body: missingScope(`${row.scope}:read`) },
  },
  {
    name: 'limited to env 1, on env 1',
    authorization: (server) => bearer(server.createKey(['*'], [1])),
    env: 1,
    expect: (row) => projectBasedOnly(row, success(row)),
  },
  {
    name: 'limited to env 1, on env 2',
    authorization: (server) => bearer(server.createKey(['*'], [1])),
    env: 2,
    expect: (row) =>
      projectBasedOnly(row, row.inEnvironment ? { status: 403, body: noProjectAccess(2) } : success(row)),
  },
  {
    name: 'revoked',
    authorization: ({ db }) => {
      const { key, secret } = createPersonalApiKey(db, { label: 'old', scopes: ['*'], scopedTeams: null });
      revokePersonalApiKey(db, key.id);
      return bearer(secret);
    },
    env: 1,
    expect: () => ({ status: 401, body: authenticationFailed('Invalid personal API key.') }),
  },
  { name: 'none', authorization: () => null, env: 1, expect: () => ({ status: 401, body: notAuthenticated }) },
  ...['Token phx_abc', 'Bearer', 'Bearer two words', 'Basic dXNlcjpwYXNz', ''].map((header): KeyType => ({
    name: `malformed: "${header}"`,
    authorization: () => header,
    env: 1,
    expect: () => ({ status: 401, body: authenticationFailed('Invalid Authorization header.') }),
  })),
];

type Caller = { server: ReturnType<typeof makeFixtureServer>; authorization: string | null };

function callerFor(keyType: KeyType): Caller {
  const server = makeFixtureServer();
  const authorization = keyType.authorization(server);
  // Record the key's first use now, so the snapshot below sees only the request's own work.
  server.db.prepare('UPDATE personal_api_keys SET last_used_at = ?').run(new Date().toISOString());
  return { server, authorization };
}

async function outcome({ server, authorization }: Caller, keyType: KeyType, row: Row, expected: Outcome) {
  const env = server.envs[keyType.env];
  const before = snapshotDatabase(server.db);
  const body = row.body?.(env);
  const answer = await sendRaw(server.app, row.method, row.path(env), {
    ...(authorization === null ? {} : { authorization }),
    ...(body === undefined ? {} : { body: JSON.stringify(body), contentType: 'application/json' }),
  });
  const refused = answer.status === 401 || answer.status === 403;
  return {
    request: `${row.method} ${row.path(env)}`,
    status: answer.status,
    ...(expected.body === undefined ? {} : { body: answer.json }),
    ...(refused ? { unchanged: JSON.stringify(snapshotDatabase(server.db)) === JSON.stringify(before) } : {}),
    ...(answer.status === 405 ? { text: answer.text } : {}),
  };
}

describe('scope matrix: every endpoint × every kind of key', () => {
  it.each(keyTypes.map((keyType) => [keyType.name, keyType] as const))('%s', async (_name, keyType) => {
    // Refused requests and reads change nothing (checked), so they share one fixture; a write gets a fresh one.
    const shared = callerFor(keyType);
    const actual = [];
    const expected = [];
    for (const row of rows) {
      const want = keyType.expect(row);
      const mayChange = row.method !== 'GET' && want.status < 400;
      const got = await outcome(mayChange ? callerFor(keyType) : shared, keyType, row, want);
      actual.push(got);
      expected.push({
        request: got.request,
        status: want.status,
        ...(want.body === undefined ? {} : { body: want.body }),
        ...(want.status === 401 || want.status === 403 ? { unchanged: true } : {}),
        ...(want.status === 405 ? { text: '' } : {}),
      });
    }
    expect(actual).toEqual(expected);
  });

  it('judges the path the router matches: percent-encoding a segment does not dodge the scope', async () => {
    const server = makeFixtureServer();
    const readOnly = bearer(server.createKey(readScopes));
    for (const path of [
      '/api/environments/1/%65rror_tracking/assignment_rules/',
      '/api/%65nvironments/1/error_tracking/assignment_rules/',
      '/api/environments/1/error_tracking/%61ssignment_rules/',
    ]) {
      const answer = await sendRaw(server.app, 'POST', path, {
        authorization: readOnly,
        body: JSON.stringify({ filters: typeErrorFilters, assignee: null }),
        contentType: 'application/json',
      });
      expect({ path, status: answer.status, body: answer.json }).toEqual({
        path,
        status: 403,
        body: missingScope('error_tracking:write'),
      });
    }
  });
});
