import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleKinds, ruleResourcePaths, type RuleKind } from '../../contract/rules';
import { deepJson, bodyFrom, pathIds, queryStrings, type BodySpec } from './arbitraries.test-support';
import {
  expectContractAnswer,
  makeFixtureServer,
  rulesPath,
  sendRaw,
  snapshotDatabase,
  trackingPath,
  typeErrorFilters,
  type FixtureServer,
} from './fixture.test-support';

const runs = 100;
const roleId = '5b6f0c1e-2f47-4c1b-9a51-0d3c8b7e6a21';

async function expectRobust(
  server: FixtureServer,
  method: string,
  path: string,
  { body, contentType }: BodySpec,
  { read = false, authorization = `Bearer ${server.key}` as string | null } = {},
): Promise<number> {
  const before = JSON.stringify(snapshotDatabase(server.db));
  const answer = await sendRaw(server.app, method, path, {
    body,
    contentType,
    ...(authorization === null ? {} : { authorization }),
  });
  expectContractAnswer(method, path, answer);
  if (answer.status >= 400 || read) {
    const after = JSON.stringify(snapshotDatabase(server.db));
    expect(after === before, `${method} ${path} answered ${answer.status} and changed the database`).toBe(true);
  }
  return answer.status;
}

function knownIds(server: FixtureServer): string[] {
  return Object.values(server.envs).flatMap((env) => [
    ...Object.values(env.rules).flat(),
    env.issue,
    env.otherIssue,
    env.reference,
    ...env.fingerprints.map((fingerprint) => fingerprint.id),
  ]);
}

const createTemplates: Record<RuleKind, Record<string, unknown>> = {
  assignment: { filters: typeErrorFilters, assignee: { type: 'user', id: 1 }, order_key: 3 },
  grouping: { filters: typeErrorFilters, assignee: { type: 'role', id: roleId }, description: 'Types', order_key: 1 },
  suppression: { filters: typeErrorFilters, sampling_rate: 0.5, order_key: 2 },
};
const withoutOrderKey = ({ order_key: _, ...rest }: Record<string, unknown>) => rest;

type Endpoint = {
  name: string;
  methods: string[];
  route: (id: string) => string;
  validId?: (server: FixtureServer) => string;
  template: (server: FixtureServer) => Record<string, unknown>;
  expected: number;
  read?: boolean;
};

const issues = trackingPath(1, 'issues');

const endpoints: Endpoint[] = [
  ...ruleKinds.flatMap((kind): Endpoint[] => [
    {
      name: `create ${kind} rule`,
      methods: ['POST'],
      route: () => `${rulesPath(1, kind)}/`,
      template: () => createTemplates[kind],
      expected: 201,
    },
    {
      name: `update ${kind} rule`,
      methods: ['PATCH', 'PUT'],
      route: (id) => `${rulesPath(1, kind)}/${id}/`,
      validId: ({ envs }) => envs[1].rules[kind][0]!,
      template: () => withoutOrderKey(createTemplates[kind]),
      expected: 204,
    },
    {
      name: `reorder ${kind} rules`,
      methods: ['PATCH'],
      route: () => `${rulesPath(1, kind)}/reorder/`,
      template: ({ envs }) => ({
        orders: { [envs[1].rules[kind][0]!]: 2, [envs[1].rules[kind][2]!]: 0, [envs[2].rules[kind][1]!]: 5 },
      }),
      expected: 204,
    },
  ]),
  {
    name: 'update issue',
    methods: ['PATCH', 'PUT'],
    route: (id) => `${issues}/${id}/`,
    validId: ({ envs }) => envs[1].issue,
    template: () => ({ status: 'resolved', name: 'Renamed', description: 'Text' }),
    expected: 200,
  },
  {
    name: 'assign issue',
    methods: ['PATCH'],
    route: (id) => `${issues}/${id}/assign/`,
    validId: ({ envs }) => envs[1].issue,
    template: () => ({ assignee: { type: 'user', id: '7' } }),
    expected: 200,
  },
  {
    name: 'merge issues',
    methods: ['POST'],
    route: (id) => `${issues}/${id}/merge/`,
    validId: ({ envs }) => envs[1].issue,
    template: ({ envs }) => ({ ids: [envs[1].otherIssue] }),
    expected: 200,
  },
  {
    name: 'split issue',
    methods: ['POST'],
    route: (id) => `${issues}/${id}/split/`,
    validId: ({ envs }) => envs[1].issue,
    template: ({ envs }) => ({ fingerprints: [{ fingerprint: envs[1].fingerprints[1]!.value, name: 'Split' }] }),
    expected: 200,
  },
  {
    name: 'link an existing ticket',
    methods: ['POST'],
    route: () => `${trackingPath(1, 'external_references')}/link_issue/`,
    template: ({ envs }) => ({
      integration_id: envs[1].github,
      issue: envs[1].issue,
      external_context: { repository: 'web', number: 2 },
    }),
    expected: 201,
  },
  {
    name: 'query issues',
    methods: ['POST'],
    route: () => `${trackingPath(1, 'query/issues')}/`,
    template: () => ({
      searchQuery: 'Issue',
      status: 'active',
      assignee: { type: 'user', id: 1 },
      limit: 5,
      offset: 0,
    }),
    expected: 200,
    read: true,
  },
];

const withQuery = (paths: fc.Arbitrary<string>) => fc.tuple(paths, queryStrings).map(([path, query]) => path + query);

function fuzzedPaths(endpoint: Endpoint, server: FixtureServer): fc.Arbitrary<string> {
  const paths = endpoint.validId ? pathIds(knownIds(server)).map(endpoint.route) : fc.constant(endpoint.route(''));
  return withQuery(paths);
}

describe('every write endpoint under random and malformed input', () => {
  it.each(endpoints.map((endpoint) => [endpoint.name, endpoint] as const))(
    '%s: never a 5xx, always the error shape, nothing changed by a 4xx',
    async (_name, endpoint) => {
      const server = makeFixtureServer();
      const requests = fc.record({
        method: fc.constantFrom(...endpoint.methods),
        path: fuzzedPaths(endpoint, server),
        spec: bodyFrom(endpoint.template(server)),
      });
      await fc.assert(
        fc.asyncProperty(requests, async ({ method, path, spec }) => {
          await expectRobust(server, method, path, spec, { read: endpoint.read ?? false });
        }),
        { numRuns: runs },
      );
    },
    30_000,
  );

  it.each(endpoints.map((endpoint) => [endpoint.name, endpoint] as const))(
    '%s: the unmodified template succeeds (the fuzzing starts from a real request)',
    async (_name, endpoint) => {
      const server = makeFixtureServer();
      const path = endpoint.route(endpoint.validId?.(server) ?? '');
      const spec = { body: JSON.stringify(endpoint.template(server)), contentType: 'application/json' };
      expect(await expectRobust(server, endpoint.methods[0]!, path, spec)).toBe(endpoint.expected);
    },
  );
});

describe('any method on any route', () => {
  it('never answers a 5xx or an unshaped error, and a refused request changes nothing', async () => {
    const server = makeFixtureServer();
    const teams = fc.constantFrom('1', '2', '99', '0', '-1', 'abc', '1e3', '%31', '99999999999999999999');
    const resources = [
      ...ruleKinds.map((kind) => `error_tracking/${ruleResourcePaths[kind]}`),
      'error_tracking/issues',
      'error_tracking/external_references',
      'error_tracking/fingerprints',
      'error_tracking/query/issues',
      'integrations',
    ];
    const environmentBases = fc
      .tuple(fc.constantFrom('environments', 'projects'), teams, fc.constantFrom(...resources))
      .map(([prefix, team, resource]) => `/api/${prefix}/${team}/${resource}`);
    const otherBases = fc.constantFrom(
      '/api/projects',
      '/api/organizations/@current/members',
      '/api/personal_api_keys',
    );
    const suffixes = ['/', '/reorder/', '/resolve/', '/search_issues/', '/assign/', '/merge/', '/split/', ''];
    const requests = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
      path: fc
        .tuple(
          fc.oneof(environmentBases, otherBases),
          fc.option(pathIds(knownIds(server))),
          fc.constantFrom(...suffixes),
        )
        .chain(([base, id, suffix]) =>
          withQuery(fc.constant(`${base}${id === null ? '' : `/${id}`}${suffix}`.replace(/\/\/+/g, '/'))),
        ),
      authorization: fc.oneof(
        { weight: 8, arbitrary: fc.constant(`Bearer ${server.key}`) },
        { weight: 1, arbitrary: fc.constantFrom(null, '', 'Bearer', 'Bearer phx_unknown', 'Basic eDp5') },
        { weight: 1, arbitrary: fc.stringMatching(/^[\x20-\x7e]{0,40}$/) },
      ),
      spec: bodyFrom({ filters: typeErrorFilters, orders: {}, ids: [], fingerprints: [], assignee: null }),
    });
    await fc.assert(
      fc.asyncProperty(requests, async ({ method, path, authorization, spec }) => {
        const body = method === 'GET' || method === 'OPTIONS' ? {} : spec;
        await expectRobust(server, method, path, body, { read: method === 'GET', authorization });
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('bodies nested thousands of levels deep', () => {
  // Found by the properties above: zod and JSON.stringify recurse, so these used to answer 500.
  it.each([
    ['a filter tree', 'filters', 2_000],
    ['an unknown key of a property filter', 'object', 5_000],
    ['an array inside a property filter', 'array', 20_000],
  ] as const)('refuses %s with a 400 parse_error, storing nothing', async (_name, shape, depth) => {
    const server = makeFixtureServer();
    const nested = deepJson(depth, shape);
    const filters =
      shape === 'filters' ? nested : `{"type":"AND","values":[{"key":"$browser","value":"x","extra":${nested}}]}`;
    const before = snapshotDatabase(server.db);
    const answer = await sendRaw(server.app, 'POST', `${rulesPath(1, 'suppression')}/`, {
      body: `{"filters":${filters}}`,
      contentType: 'application/json',
      authorization: `Bearer ${server.key}`,
    });
    expect({ status: answer.status, json: answer.json }).toEqual({
      status: 400,
      json: {
        type: 'validation_error',
        code: 'parse_error',
        detail: 'JSON parse error - nested deeper than 64 levels.',
        attr: null,
      },
    });
    expect(snapshotDatabase(server.db)).toEqual(before);
  });

  it('still accepts the deepest filter tree the contract allows', async () => {
    const server = makeFixtureServer();
    const answer = await sendRaw(server.app, 'POST', `${rulesPath(1, 'suppression')}/`, {
      body: `{"filters":${deepJson(8, 'filters')}}`,
      contentType: 'application/json',
      authorization: `Bearer ${server.key}`,
    });
    expect(answer.status).toBe(201);
  });
});
