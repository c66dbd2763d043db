import { describe, expect, it } from 'vitest';
import { ruleKinds, ruleResourcePaths } from '../../contract/rules';
import { errorBody } from '../local-api/error-tracking-fixtures.test-support';
import { makeFixtureServer, snapshotDatabase, typeErrorFilters } from './fixture.test-support';

type Case = { method: string; path: string; body?: unknown; status: number; json?: unknown };

const notFound = errorBody.notFound();
const validation = errorBody.validation;

function foreignCases(server: ReturnType<typeof makeFixtureServer>, prefix: string): Case[] {
  const own = server.envs[2];
  const foreign = server.envs[1];
  const base = `/api/${prefix}/2`;
  const et = `${base}/error_tracking`;
  const ruleCases = ruleKinds.flatMap((kind): Case[] => {
    const rule = `${et}/${ruleResourcePaths[kind]}/${foreign.rules[kind][0]}/`;
    return [
      { method: 'GET', path: rule, status: 404, json: notFound },
      { method: 'PATCH', path: rule, body: { filters: typeErrorFilters }, status: 404, json: notFound },
      { method: 'PUT', path: rule, body: { filters: typeErrorFilters }, status: 404, json: notFound },
      { method: 'DELETE', path: rule, status: 404, json: notFound },
      {
        method: 'PATCH',
        path: `${et}/${ruleResourcePaths[kind]}/reorder/`,
        body: { orders: Object.fromEntries(foreign.rules[kind].map((id, index) => [id, 10 - index])) },
        status: 204,
      },
    ];
  });
  const issue = `${et}/issues/${foreign.issue}`;
  return [
    ...ruleCases,
    { method: 'GET', path: `${et}/external_references/${foreign.reference}/`, status: 404, json: notFound },
    {
      method: 'POST',
      path: `${et}/external_references/link_issue/`,
      body: { integration_id: own.github, issue: foreign.issue, external_context: { repository: 'web', number: 5 } },
      status: 400,
      json: validation('Issue does not belong to this team.', null, 'invalid'),
    },
    {
      method: 'POST',
      path: `${et}/external_references/link_issue/`,
      body: { integration_id: foreign.github, issue: own.issue, external_context: { repository: 'web', number: 5 } },
      status: 400,
      json: validation('Integration does not belong to this team.', null, 'invalid'),
    },
    {
      method: 'GET',
      path: `${et}/external_references/search_issues/?integration_id=${foreign.github}`,
      status: 400,
      json: validation('Integration does not belong to this team.', null, 'invalid'),
    },
    {
      method: 'GET',
      path: `${et}/fingerprints/${foreign.fingerprints[0]!.id}/`,
      status: 404,
      json: errorBody.notFound('Fingerprint not found'),
    },
    {
      method: 'GET',
      path: `${et}/fingerprints/resolve/?fingerprint=${foreign.fingerprints[0]!.value}`,
      status: 404,
      json: errorBody.notFound('Fingerprint not found'),
    },
    { method: 'GET', path: `${issue}/`, status: 404, json: notFound },
    { method: 'PATCH', path: `${issue}/`, body: { status: 'resolved' }, status: 404, json: notFound },
    { method: 'PUT', path: `${issue}/`, body: { name: 'Stolen' }, status: 404, json: notFound },
    { method: 'PATCH', path: `${issue}/assign/`, body: { assignee: null }, status: 404, json: notFound },
    { method: 'POST', path: `${issue}/merge/`, body: { ids: [own.issue] }, status: 404, json: notFound },
    {
      method: 'POST',
      path: `${issue}/split/`,
      body: { fingerprints: [{ fingerprint: foreign.fingerprints[0]!.value }] },
      status: 404,
      json: notFound,
    },
    {
      method: 'POST',
      path: `${et}/issues/${own.issue}/merge/`,
      body: { ids: [foreign.issue] },
      status: 400,
      json: validation(`Issue ${foreign.issue} does not exist in this environment.`, 'ids'),
    },
    {
      method: 'POST',
      path: `${et}/issues/${own.issue}/split/`,
      body: { fingerprints: [{ fingerprint: foreign.fingerprints[0]!.value }] },
      status: 400,
      json: validation(
        `Fingerprint "${foreign.fingerprints[0]!.value}" does not belong to this issue.`,
        'fingerprints',
      ),
    },
    ...[
      `${base}/integrations/${foreign.github}/`,
      `${base}/integrations/${foreign.linear}/linear_teams/`,
      `${base}/integrations/${foreign.github}/github_repos/`,
      `${base}/integrations/${foreign.jira}/jira_projects/`,
    ].map((path): Case => ({ method: 'GET', path, status: 404, json: notFound })),
  ];
}

function foreignIds(server: ReturnType<typeof makeFixtureServer>): string[] {
  const env = server.envs[1];
  return [
    ...Object.values(env.rules).flat(),
    env.issue,
    env.otherIssue,
    env.reference,
    ...env.fingerprints.flatMap((fingerprint) => [fingerprint.id, fingerprint.value]),
    `"id":${env.github},`,
    `"id":${env.linear},`,
  ];
}

describe.each(['environments', 'projects'])('environment isolation under /api/%s/2/', (prefix) => {
  it('answers 404 / 400 to every id of environment 1 and changes nothing', async () => {
    const server = makeFixtureServer();
    const before = snapshotDatabase(server.db);
    const cases = foreignCases(server, prefix);
    const actual = [];
    for (const { method, path, body, json } of cases) {
      const res = await server.call(method, path, body === undefined ? {} : { body });
      actual.push({ method, path, status: res.status, ...(json === undefined ? {} : { json: res.json }) });
    }
    expect(actual).toEqual(cases.map(({ body: _body, ...expected }) => expected));
    expect(snapshotDatabase(server.db)).toEqual(before);
  });

  it('never lists a row of environment 1', async () => {
    const server = makeFixtureServer();
    const et = `/api/${prefix}/2/error_tracking`;
    const foreign = server.envs[1];
    const reads: Array<[string, string, unknown?]> = [
      ...ruleKinds.map((kind): [string, string] => ['GET', `${et}/${ruleResourcePaths[kind]}/`]),
      ['GET', `${et}/external_references/`],
      ['GET', `${et}/fingerprints/`],
      ['GET', `${et}/fingerprints/?issue_id=${foreign.issue}`],
      ['GET', `${et}/issues/`],
      ['GET', `${et}/issues/?search=env%201`],
      ['POST', `${et}/query/issues/`, { searchQuery: 'env 1' }],
      ['GET', `/api/${prefix}/2/integrations/`],
    ];
    for (const [method, path, body] of reads) {
      const res = await server.call(method, path, body === undefined ? {} : { body });
      expect(res.status, path).toBe(200);
      const leaked = foreignIds(server).filter((id) => res.text.includes(id));
      expect({ path, leaked }).toEqual({ path, leaked: [] });
    }
    const byForeignIssue = await server.call('GET', `${et}/fingerprints/?issue_id=${foreign.issue}`);
    expect(byForeignIssue.json).toMatchObject({ count: 0, results: [] });
  });

  it('a reorder naming rules of both environments moves only its own', async () => {
    const server = makeFixtureServer();
    const { 1: foreign, 2: own } = server.envs;
    const rulesOf = (teamId: number) =>
      server.db
        .prepare("SELECT id, order_key, updated_at FROM rules WHERE team_id = ? AND kind = 'grouping' ORDER BY id")
        .all(teamId);
    const foreignBefore = rulesOf(1);
    const orders = {
      [own.rules.grouping[0]!]: 7,
      [foreign.rules.grouping[0]!]: 8,
      [foreign.rules.grouping[1]!.toUpperCase()]: 9,
      [own.rules.assignment[0]!]: 10,
    };
    const res = await server.call('PATCH', `/api/${prefix}/2/error_tracking/grouping_rules/reorder/`, {
      body: { orders },
    });
    expect(res.status).toBe(204);
    expect(rulesOf(1)).toEqual(foreignBefore);
    const ownKeys = server.db
      .prepare('SELECT id, order_key FROM rules WHERE team_id = 2 AND id IN (?, ?)')
      .all(own.rules.grouping[0], own.rules.assignment[0]);
    expect(ownKeys).toEqual(
      expect.arrayContaining([
        { id: own.rules.grouping[0], order_key: 7 },
        { id: own.rules.assignment[0], order_key: 0 },
      ]),
    );
  });
});
