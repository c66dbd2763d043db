import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingestionStatsSchema } from '../../contract/ingestion';
import { createApp } from '../app';
import { createPersonalApiKey } from '../gateway/personal-api-keys';
import { testRuleEngine } from '../ingest/test-rule-engine.test-support';
import { openDatabase, type Db } from '../store/database';
import { seedProjects } from '../test-support';

function setup() {
  const db: Db = openDatabase(':memory:');
  seedProjects(db);
  const ruleEngine = testRuleEngine((event) => (event.properties.noise === true ? { suppressedBy: 'rule-a' } : {}));
  const app = createApp({
    db,
    dashboardToken: null,
    distDir: '/nonexistent-dist',
    ingestion: { ruleEngine, retention: { maxEventsPerEnvironment: 1000, maxAgeDays: 7 } },
  });
  const key = (scopes: string[], scopedTeams: number[] | null = null) =>
    createPersonalApiKey(db, { label: 'stats', scopes, scopedTeams }).secret;
  const get = (path: string, secret = key(['error_tracking:read']), method = 'GET') =>
    app.request(path, { method, headers: { Authorization: `Bearer ${secret}` } });
  const token = db.prepare('SELECT api_token FROM projects WHERE id = 1').pluck().get() as string;
  const capture = (batch: object[]) =>
    app.request('/batch/', { method: 'POST', body: JSON.stringify({ api_key: token, batch }) });
  return { get, key, capture };
}

const exception = (properties: Record<string, unknown> = {}) => ({
  event: '$exception',
  distinct_id: 'u',
  uuid: randomUUID(),
  properties: { $exception_list: [{ type: 'E', value: 'm' }], ...properties },
});

describe('GET /api/console/environments/:id/ingestion/', () => {
  it('answers what ingestion did in the environment', async () => {
    const { get, capture } = setup();
    const repeated = exception();
    await capture([repeated, exception(), exception({ noise: true }), { event: '$pageview', distinct_id: 'u' }]);
    await capture([repeated, exception({ $exception_list: [] })]);
    await capture([{ event: '$exception', properties: {} }]);
    const response = await get('/api/console/environments/1/ingestion/');
    expect(response.status).toBe(200);
    expect(ingestionStatsSchema.strict().parse(await response.json())).toEqual({
      ingested: 2,
      ignored: 1,
      duplicates: 1,
      suppressed: { total: 1, by_rule: { 'rule-a': 1 } },
      issue_suppressed: 0,
      rejected: { total: 2, by_reason: { empty_exception_list: 1, missing_distinct_id: 1 } },
      stored_events: 2,
      retention: { max_events_per_environment: 1000, max_age_days: 7 },
    });
    const other = ingestionStatsSchema.parse(await (await get('/api/console/environments/2/ingestion/')).json());
    expect(other).toMatchObject({ ingested: 0, stored_events: 0, rejected: { total: 0, by_reason: {} } });
  });

  it('needs error_tracking:read and the environment, and only reads', async () => {
    const { get, key } = setup();
    expect((await get('/api/console/environments/1/ingestion/', key(['integration:read']))).status).toBe(403);
    expect((await get('/api/console/environments/1/ingestion/', key(['error_tracking:read'], [2]))).status).toBe(403);
    expect((await get('/api/console/environments/9/ingestion/')).status).toBe(404);
    expect((await get('/api/console/environments/1/ingestion/', key(['*']), 'POST')).status).toBe(405);
    const anonymous = await setup().get('/api/console/environments/1/ingestion/', 'phx_wrong');
    expect(anonymous.status).toBe(401);
  });
});
