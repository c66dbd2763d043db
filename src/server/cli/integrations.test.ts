import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addIntegration, addIssue, snapshot } from '../local-api/error-tracking-fixtures.test-support';
import { openDatabase, type Db } from '../store/database';
import { makeTestServer, seedProjects } from '../test-support';
import { startTrackerStandIn, type TrackerStandIn } from '../trackers/tracker-stand-in';
import { integrationsUsage, runIntegrationsCli } from './integrations-commands';
import { spawnCli as spawnScript } from './spawn-cli.test-support';

const token = 'ghp_Cli5ecret';

function seeded() {
  const db = openDatabase(':memory:');
  seedProjects(db);
  const ids = {
    github: addIntegration(db, 'github', { displayName: 'GitHub acme' }),
    jira: addIntegration(db, 'jira', { teamId: 2, config: {}, accessToken: 'jira-token' }),
    gitlab: addIntegration(db, 'gitlab'),
    slack: addIntegration(db, 'slack', { config: {} }),
  };
  return { db, ids };
}

const run = (db: Db, ...argv: string[]) => runIntegrationsCli(argv, () => db);
const credentials = (db: Db, id: number) =>
  db.prepare('SELECT access_token, api_base_url FROM integrations WHERE id = ?').get(id);

describe('integrations list', () => {
  it('shows each integration with whether it has a token and where its API calls go, never the token', () => {
    const { db, ids } = seeded();
    const result = run(db, 'list');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toContain('jira-token');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+ENV\s+KIND\s+NAME\s+TOKEN\s+API BASE URL$/);
    expect(lines.slice(1).map((line) => line.split(/\s{2,}/))).toEqual([
      [String(ids.github), '1', 'github', 'GitHub acme', 'no', 'https://api.github.com (default)'],
      [String(ids.jira), '2', 'jira', 'jira integration', 'yes', 'https://api.example.com'],
      [String(ids.gitlab), '1', 'gitlab', 'gitlab integration', 'no', 'https://gitlab.example.com (default)'],
      [String(ids.slack), '1', 'slack', 'slack integration', 'no', '-'],
    ]);
    expect(lines[1]!.indexOf('GitHub acme')).toBe(lines[0]!.indexOf('NAME'));
  });

  it('says so when there are none', () => {
    const db = openDatabase(':memory:');
    expect(run(db, 'list')).toEqual({ exitCode: 0, stdout: 'No integrations yet.\n', stderr: '' });
  });
});

describe('integrations set-token and clear-token', () => {
  it('stores the token (and base URL) without printing it; a later set-token keeps the base URL', () => {
    const { db, ids } = seeded();
    const result = run(db, 'set-token', String(ids.github), token, '--base-url', 'https://ghe.example.com/api/v3/');
    expect(result).toEqual({
      exitCode: 0,
      stdout:
        `Token set for integration ${ids.github} (github "GitHub acme", environment 1). ` +
        'API base URL: https://ghe.example.com/api/v3.\n',
      stderr: '',
    });
    expect(credentials(db, ids.github)).toEqual({
      access_token: token,
      api_base_url: 'https://ghe.example.com/api/v3',
    });
    expect(run(db, 'set-token', String(ids.github), 'ghp_rotated').exitCode).toBe(0);
    expect(credentials(db, ids.github)).toEqual({
      access_token: 'ghp_rotated',
      api_base_url: 'https://ghe.example.com/api/v3',
    });
    expect(run(db, 'set-token', String(ids.gitlab), 'glpat-x').stdout).toContain(
      'API base URL: https://gitlab.example.com (default).',
    );
  });

  it('clears a token and keeps the base URL', () => {
    const { db, ids } = seeded();
    expect(run(db, 'clear-token', String(ids.jira))).toEqual({
      exitCode: 0,
      stdout:
        `Token cleared for integration ${ids.jira} (jira "jira integration", environment 2). ` +
        'It can link existing tickets until a token is set again.\n',
      stderr: '',
    });
    expect(credentials(db, ids.jira)).toEqual({ access_token: null, api_base_url: 'https://api.example.com' });
    expect(run(db, 'clear-token', String(ids.jira)).stdout).toBe(
      `Nothing to clear: integration ${ids.jira} (jira "jira integration", environment 2) has no token.\n`,
    );
  });

  it.each([
    [['set-token'], /^Missing integration id: npm run integrations -- set-token ID/],
    [['set-token', 'abc', 'tok'], /^Integration ids are integers \(see "list"\), got: abc\.\n$/],
    [['set-token', '999', 'tok'], /^No integration with id 999\.\n$/],
    [['set-token', 'SLACK', 'tok'], /^Integration \d+ is a slack integration; only github, gitlab, linear, jira /],
    [['set-token', 'GITHUB'], /^Missing token/],
    [['set-token', 'GITHUB', 'has space'], /^The token must be printable ASCII without spaces\.\n$/],
    [['set-token', 'GITHUB', 'tok', '--base-url', 'ftp://x.example'], /^--base-url must be an http\(s\) URL .*ftp:/],
    [['set-token', 'GITHUB', 'tok', '--base-url', 'https://u:p@x.example'], /^--base-url must be an http\(s\) URL/],
    [['set-token', 'GITHUB', 'tok', 'extra'], /^Unexpected argument "extra"\./],
    [['clear-token', 'GITHUB', '--base-url', 'https://x.example'], /^"clear-token" does not take --base-url\./],
    [['clear-token'], /^Missing integration id/],
    [['list', '--base-url', 'https://x.example'], /^"list" does not take --base-url\./],
    [['rotate'], /^Unknown command "rotate"\./],
    [['constructor'], /^Unknown command "constructor"\./],
    [['list', '--token', 'x'], /^Unknown option '--token'/],
  ])('refuses %j on stderr with exit code 1 and changes nothing', (args, message) => {
    const { db, ids } = seeded();
    const before = snapshot(db);
    const argv = args.map((arg) => (arg === 'GITHUB' ? String(ids.github) : arg === 'SLACK' ? String(ids.slack) : arg));
    const result = run(db, ...argv);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(snapshot(db)).toEqual(before);
  });

  it('prints the usage for --help without opening the database, and for no command with exit code 1', () => {
    const opened: string[] = [];
    const openDb = () => {
      opened.push('db');
      return seeded().db;
    };
    expect(runIntegrationsCli(['--help'], openDb)).toEqual({ exitCode: 0, stdout: integrationsUsage, stderr: '' });
    expect(runIntegrationsCli([], openDb)).toEqual({ exitCode: 1, stdout: '', stderr: `${integrationsUsage}\n` });
    expect(opened).toEqual([]);
    expect(integrationsUsage).toContain('set-token ID TOKEN [--base-url URL]');
  });
});

describe('tokens set by the CLI are what the API uses', () => {
  let standIn: TrackerStandIn;
  beforeAll(async () => {
    standIn = await startTrackerStandIn();
  });
  afterAll(() => standIn.close());

  it('creates tickets once a token is set, and refuses again once it is cleared', async () => {
    const { db, call } = makeTestServer();
    const issue = addIssue(db);
    const github = addIntegration(db, 'github');
    const body = { integration_id: github, issue, config: { repository: 'web', title: 'Crash', body: '' } };
    const path = '/api/environments/1/error_tracking/external_references/';
    expect((await call('POST', path, { body })).status).toBe(400);

    run(db, 'set-token', String(github), token, '--base-url', standIn.baseUrl);
    const created = await call('POST', path, { body });
    expect(created.status).toBe(201);
    expect(created.json.external_url).toBe('https://github.com/acme/web/issues/101');
    expect(standIn.requests.map((request) => request.headers.authorization)).toEqual([`Bearer ${token}`]);

    run(db, 'clear-token', String(github));
    const refused = await call('POST', path, { body: { ...body, issue: addIssue(db) } });
    expect(refused.status).toBe(400);
    expect(refused.json.detail).toContain("set the integration's token in Settings → Integrations");
    expect(standIn.requests).toHaveLength(1);
  });
});

describe('npm run integrations (a real process)', () => {
  let dataDir = '';
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const spawnCli = (...argv: string[]) => spawnScript('integrations.ts', dataDir, argv);

  it('sets a token in DATA_DIR, lists it as set without printing it, and exits 1 on a mistake', () => {
    dataDir = mkdtempSync(join(tmpdir(), 'integrations-cli-'));
    const setup = openDatabase(dataDir);
    seedProjects(setup);
    const id = addIntegration(setup, 'linear');
    setup.close();

    const set = spawnCli('set-token', String(id), token);
    expect({ status: set.status, stderr: set.stderr }).toEqual({ status: 0, stderr: '' });
    expect(set.stdout).toBe(
      `Token set for integration ${id} (linear "linear integration", environment 1). ` +
        'API base URL: https://api.linear.app (default).\n',
    );

    const listed = spawnCli('list');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\s+1\\s+linear\\s+linear integration\\s+yes\\s+`, 'm'));
    expect(listed.stdout).not.toContain(token);

    const check = openDatabase(dataDir);
    expect(credentials(check, id)).toEqual({ access_token: token, api_base_url: null });
    check.close();

    const wrong = spawnCli('set-token', String(id), token, '--base-url', 'javascript:alert(1)');
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toMatch(/^--base-url must be an http\(s\) URL/);
  }, 30_000);
});
