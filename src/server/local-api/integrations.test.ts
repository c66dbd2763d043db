import { describe, expect, it } from 'vitest';
import { makeTestServer } from '../test-support';
import {
  addIntegration,
  errorBody,
  expectMethodsRefused,
  prefixes,
  snapshot,
  trackerConfigs,
} from './error-tracking-fixtures.test-support';

const repositories = [
  { id: 1, name: 'web-app', full_name: 'acme/web-app' },
  { id: 2, name: 'mobile', full_name: 'acme/mobile' },
  { id: 3, name: 'Web-Docs', full_name: 'acme/Web-Docs' },
  { name: 'no id' },
];

function setup() {
  const server = makeTestServer();
  const { db } = server;
  const ids = {
    github: addIntegration(db, 'github', { pickerData: { repositories, tickets: [] }, accessToken: 'ghp_secret' }),
    linear: addIntegration(db, 'linear', { pickerData: { teams: [{ id: 't1', name: 'Engineering' }, { id: 2 }] } }),
    jira: addIntegration(db, 'jira', { pickerData: { projects: [{ id: '10', key: 'OPS', name: 'Operations' }] } }),
    bareJira: addIntegration(db, 'jira'),
    mobile: addIntegration(db, 'linear', { teamId: 2 }),
  };
  return { ...server, ids };
}

describe.each(prefixes)('integrations under %s', (prefix) => {
  const base = `${prefix}/1/integrations`;

  it('lists this environment’s integrations without credentials or picker data, filtered by ?kind=', async () => {
    const { call, ids } = setup();
    const res = await call('GET', `${base}/`);
    expect(res.status).toBe(200);
    expect(res.json.count).toBe(4);
    expect(res.json.results[0]).toEqual({
      id: ids.github,
      kind: 'github',
      display_name: 'github integration',
      config: trackerConfigs.github,
      created_at: '2026-01-15T00:00:00.000Z',
    });
    expect(res.text).not.toContain('ghp_secret');
    expect(res.text).not.toContain('picker');
    const jira = await call('GET', `${base}/?kind=jira`);
    expect(jira.json.results.map((row: any) => row.id)).toEqual([ids.jira, ids.bareJira]);
    const page = await call('GET', `${base}/?limit=1&offset=1`);
    expect(page.json.results.map((row: any) => row.id)).toEqual([ids.linear]);
    expect(page.json.next).toBe(`http://localhost${base}/?limit=1&offset=2`);
  });

  it('retrieves one; unknown, malformed and other-environment ids are 404', async () => {
    const { call, ids } = setup();
    const res = await call('GET', `${base}/${ids.linear}/`);
    expect(res.json).toEqual({
      id: ids.linear,
      kind: 'linear',
      display_name: 'linear integration',
      config: trackerConfigs.linear,
      created_at: '2026-01-15T00:00:00.000Z',
    });
    for (const id of [ids.mobile, 9999, 'abc']) {
      const missing = await call('GET', `${base}/${id}/`);
      expect(missing.status).toBe(404);
      expect(missing.json).toEqual(errorBody.notFound());
    }
    expect((await call('GET', `${base}/${ids.mobile}/linear_teams/`)).status).toBe(404);
    expect((await call('GET', `${prefix}/2/integrations/${ids.mobile}/`)).json.kind).toBe('linear');
  });

  it('answers the linear teams and jira projects pickers, skipping malformed entries', async () => {
    const { call, ids } = setup();
    expect((await call('GET', `${base}/${ids.linear}/linear_teams/`)).json).toEqual({
      teams: [{ id: 't1', name: 'Engineering' }],
    });
    expect((await call('GET', `${base}/${ids.jira}/jira_projects`)).json).toEqual({
      projects: [{ id: '10', key: 'OPS', name: 'Operations' }],
    });
    expect((await call('GET', `${base}/${ids.bareJira}/jira_projects`)).json).toEqual({ projects: [] });
  });

  it('answers the github repositories picker with search, limit, offset, has_more and total', async () => {
    const { call, ids } = setup();
    const all = await call('GET', `${base}/${ids.github}/github_repos/`);
    expect(all.json).toEqual({ repositories: repositories.slice(0, 3), has_more: false, total: 3 });
    const search = await call('GET', `${base}/${ids.github}/github_repos/?search=WEB`);
    expect(search.json).toEqual({ repositories: [repositories[0], repositories[2]], has_more: false, total: 2 });
    const paged = await call('GET', `${base}/${ids.github}/github_repos/?limit=1&offset=1`);
    expect(paged.json).toEqual({ repositories: [repositories[1]], has_more: true, total: 3 });
    const bad = await call('GET', `${base}/${ids.github}/github_repos/?limit=0`);
    expect(bad.status).toBe(400);
    expect(bad.json.attr).toBe('limit');
  });

  it('refuses a picker on an integration of the wrong kind', async () => {
    const { call, ids } = setup();
    const res = await call('GET', `${base}/${ids.jira}/linear_teams/`);
    expect(res.status).toBe(400);
    expect(res.json).toEqual(
      errorBody.validation('linear_teams is only available for linear integrations; this one is jira.', null),
    );
    expect((await call('GET', `${base}/${ids.linear}/github_repos/`)).json.detail).toBe(
      'github_repos is only available for github integrations; this one is linear.',
    );
    expect((await call('GET', `${base}/${ids.github}/jira_projects/`)).status).toBe(400);
  });

  it('answers the JSON 405 to writes and changes nothing', async () => {
    const { call, db, ids } = setup();
    const before = snapshot(db);
    const cases: Array<[string, string]> = [
      ['POST', `${base}/`],
      ['DELETE', `${base}/${ids.github}/`],
      ['PATCH', `${base}/${ids.github}/`],
      ['POST', `${base}/${ids.linear}/linear_teams/`],
    ];
    await expectMethodsRefused(call, cases, { kind: 'slack' });
    expect(snapshot(db)).toEqual(before);
  });

  it('needs the integration:read scope', async () => {
    const { call, createKey } = setup();
    const res = await call('GET', `${base}/`, { key: createKey(['error_tracking:read']) });
    expect(res.status).toBe(403);
    expect((await call('GET', `${base}/`, { key: createKey(['integration:read']) })).status).toBe(200);
  });
});
