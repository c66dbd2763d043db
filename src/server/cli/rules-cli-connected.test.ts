import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { rulesDocumentSchema } from '../../contract/rules-document';
import { startUpstream } from '../console/recent-exceptions/connected-console.test-support';
import { makeTestServer } from '../test-support';
import {
  historyIn,
  on,
  readJson,
  rulesOf,
  runRules,
  scratchDirs,
  seedRules,
  writeJson,
} from './rules-cli.test-support';

vi.setConfig({ testTimeout: 60_000 });

// PostHog, played by the local server on a port: the CLI reaches it only through the console's proxy.
const posthog = makeTestServer();
seedRules(posthog.db);
let upstream: Awaited<ReturnType<typeof startUpstream>>;
const scratch = scratchDirs();

beforeAll(async () => {
  upstream = await startUpstream(posthog.app.fetch);
});
afterAll(() => upstream.close());
afterEach(() => scratch.clean());

describe('npm run rules against the configured PostHog', () => {
  it('exports, plans and applies through the proxy, new grouping rules placed by a reorder', async () => {
    const dataDir = scratch.make();
    const file = join(dataDir, 'rules.json');
    const env = { POSTHOG_HOST: upstream.origin, POSTHOG_PERSONAL_API_KEY: posthog.key };
    const exported = await runRules(dataDir, ['export', '--env', '1', '--out', file], env);
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toBe(`Exported 4 rule(s) of environment 1 (Web app), PostHog to ${file}.\n`);
    const document = rulesDocumentSchema.parse(readJson(file));
    expect(document.source).toEqual({ environment: { id: 1, name: 'Web app' }, mode: 'connected' });

    writeJson(file, {
      ...document,
      grouping: [
        ...document.grouping!,
        {
          position: 2,
          filters: on('NetworkError'),
          assignee: { type: 'user', email: 'lin@example.com' },
          description: null,
        },
      ],
    });
    const plan = await runRules(dataDir, ['plan', '--env', '1', file], env);
    expect(plan.stdout).toContain(
      '  + create at 2: $exception_types = "NetworkError" → one issue, assigned to lin@example.com\n',
    );
    expect(plan.status).toBe(2);

    upstream.requests.length = 0;
    const applied = await runRules(dataDir, ['apply', '--env', '1', file, '--yes'], env);
    expect(applied.stderr).toBe('');
    expect(applied.status).toBe(0);
    const writes = upstream.requests.filter((request) => request.method !== 'GET');
    expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /api/environments/1/error_tracking/grouping_rules/',
      'PATCH /api/environments/1/error_tracking/grouping_rules/reorder/',
    ]);
    const byCli = { actor: { type: 'person', name: 'CLI' }, plan_label: 'Import from file rules.json' };
    expect(historyIn(dataDir, 1, 3)).toEqual([
      { ...byCli, action: 'reorder' },
      { ...byCli, action: 'create' },
      { actor: { type: 'outside', name: null }, action: 'baseline', plan_label: null },
    ]);
    expect(rulesOf(posthog.db, 1, 'grouping')).toEqual([
      { filters: on('ChunkLoadError'), assignee: null, description: 'Deploys' },
      { filters: on('NetworkError'), assignee: { type: 'user', id: 2 }, description: null },
    ]);

    const again = await runRules(dataDir, ['plan', '--env', '1', file], env);
    expect(again.status).toBe(0);
  });

  it('says why it cannot reach PostHog, exit 1', async () => {
    const dataDir = scratch.make();
    const run = await runRules(dataDir, ['export', '--env', '1'], {
      POSTHOG_HOST: upstream.origin,
      POSTHOG_PERSONAL_API_KEY: 'phx_wrong',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('HTTP 401: Invalid personal API key.\n');
  });
});
