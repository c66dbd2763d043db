import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findKeyBySecret, listPersonalApiKeys } from '../gateway/personal-api-keys';
import { openDatabase, type Db } from '../store/database';
import { makeTestServer, seedProjects } from '../test-support';
import { keysUsage, runKeysCli } from './keys-commands';
import { spawnCli } from './spawn-cli.test-support';

function seeded(): Db {
  const db = openDatabase(':memory:');
  seedProjects(db);
  return db;
}

const run = (db: Db, ...argv: string[]) => runKeysCli(argv, () => db);

describe('keys create', () => {
  it('prints only the secret, and stores the key with its scopes and environments', () => {
    const db = seeded();
    const result = run(
      db,
      'create',
      '--label',
      'CI reader',
      '--scopes',
      'error_tracking:read, error_tracking:write',
      '--env',
      '2,1',
    );
    expect(result).toEqual({ exitCode: 0, stdout: expect.stringMatching(/^phx_[\w-]+\n$/), stderr: '' });
    const key = findKeyBySecret(db, result.stdout.trim());
    expect(key).toMatchObject({
      label: 'CI reader',
      scopes: ['error_tracking:read', 'error_tracking:write'],
      scoped_teams: [2, 1],
      last_used_at: null,
    });
  });

  it('leaves environments unrestricted without --env', () => {
    const db = seeded();
    const result = run(db, 'create', '--label', 'all', '--scopes', '*');
    expect(findKeyBySecret(db, result.stdout.trim())).toMatchObject({ scopes: ['*'], scoped_teams: null });
  });

  it.each([
    [['--label', 'x'], /^Missing --scopes/],
    [['--label', 'x', '--scopes', ' , '], /^--scopes is empty\./],
    [
      ['--label', 'x', '--scopes', 'error_tracking:read,error_tracking:admin'],
      /^Unknown scope error_tracking:admin\. Valid scopes: error_tracking:read, /,
    ],
    [['--scopes', '*'], /^Missing --label/],
    [['--label', '  ', '--scopes', '*'], /^Missing --label/],
    [['--label', 'x', '--scopes', '*', '--env', '1,9'], /^Unknown environment id 9\. Existing environments: 1, 2\.\n$/],
    [['--label', 'x', '--scopes', '*', '--env', 'web'], /^--env takes environment ids \(integers\), got: web\.\n$/],
    [['--label', 'x', '--scopes', '*', 'extra'], /^Unexpected argument "extra"\./],
  ])('refuses %j on stderr with exit code 1 and creates nothing', (args, message) => {
    const db = seeded();
    const result = run(db, 'create', ...args);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(listPersonalApiKeys(db)).toEqual([]);
  });
});

describe('keys list', () => {
  it('shows a table of keys without their secrets', () => {
    const db = seeded();
    const secret = run(
      db,
      'create',
      '--label',
      'CI reader',
      '--scopes',
      'error_tracking:read',
      '--env',
      '2',
    ).stdout.trim();
    run(db, 'create', '--label', 'Admin', '--scopes', '*');
    const [reader, admin] = listPersonalApiKeys(db);
    db.prepare(
      "UPDATE personal_api_keys SET created_at = '2026-11-20T08:05:09.000Z', last_used_at = '2026-11-21T10:00:00.000Z' WHERE id = ?",
    ).run(reader!.id);
    db.prepare("UPDATE personal_api_keys SET created_at = '2026-11-22T23:59:00.000Z' WHERE id = ?").run(admin!.id);

    const result = run(db, 'list');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toContain(secret);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ID\s+LABEL\s+MASK\s+SCOPES\s+ENVS\s+CREATED\s+LAST USED$/);
    expect(lines[1]!.split(/\s{2,}/)).toEqual([
      reader!.id,
      'CI reader',
      reader!.mask_value,
      'error_tracking:read',
      '2',
      '2026-11-20 08:05 UTC',
      '2026-11-21 10:00 UTC',
    ]);
    expect(lines[2]!.split(/\s{2,}/)).toEqual([
      admin!.id,
      'Admin',
      admin!.mask_value,
      '* (all)',
      'all',
      '2026-11-22 23:59 UTC',
      'never',
    ]);
    expect(lines[2]!.indexOf('Admin')).toBe(lines[0]!.indexOf('LABEL'));
  });

  it('says so when there are no keys', () => {
    expect(run(seeded(), 'list').stdout).toMatch(/^No personal API keys yet\./);
  });
});

describe('keys revoke', () => {
  it('deletes the key, which then no longer authenticates', async () => {
    const server = makeTestServer();
    const secret = run(server.db, 'create', '--label', 'temp', '--scopes', '*').stdout.trim();
    const id = findKeyBySecret(server.db, secret)!.id;
    expect(run(server.db, 'revoke', id)).toEqual({ exitCode: 0, stdout: `Revoked key ${id} (temp).\n`, stderr: '' });
    expect(findKeyBySecret(server.db, secret)).toBeNull();
    const res = await server.call('GET', '/api/personal_api_keys/@current/', { key: secret });
    expect(res.status).toBe(401);
  });

  it('refuses an unknown or missing id with exit code 1', () => {
    const db = seeded();
    expect(run(db, 'revoke', 'nope')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'No personal API key with id nope.\n',
    });
    expect(run(db, 'revoke')).toMatchObject({
      exitCode: 1,
      stdout: '',
      stderr: expect.stringMatching(/^Missing key id/),
    });
  });
});

describe('keys help and usage errors', () => {
  it('prints the usage for --help without opening the database', () => {
    const opened: string[] = [];
    const result = runKeysCli(['--help'], () => {
      opened.push('db');
      return seeded();
    });
    expect(result).toEqual({ exitCode: 0, stdout: keysUsage, stderr: '' });
    expect(opened).toEqual([]);
    expect(keysUsage).toContain('create --label NAME --scopes LIST [--env IDS]');
  });

  it.each([[[]], [['rotate']], [['list', '--bogus']], [['list', '--label', 'x']]])(
    'fails on %j with exit code 1',
    (argv) => {
      const result = runKeysCli(argv, seeded);
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.length).toBeGreaterThan(0);
    },
  );
});

describe('npm run keys (a real process)', () => {
  let dataDir = '';
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const spawnKeys = (...argv: string[]) => spawnCli('keys.ts', dataDir, argv);

  it('creates a key in DATA_DIR whose secret, alone on stdout, authenticates against the server', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'keys-cli-'));
    const setup = openDatabase(dataDir);
    seedProjects(setup);
    setup.close();

    const created = spawnKeys('create', '--label', 'spawned', '--scopes', 'project:read', '--env', '2');
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/^phx_\S+\n$/);
    const secret = created.stdout.trim();

    const { call } = makeTestServer({ db: openDatabase(dataDir), seed: () => {} });
    const me = await call('GET', '/api/personal_api_keys/@current/', { key: secret });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ label: 'spawned', scopes: ['project:read'], scoped_teams: [2] });
    // As in PostHog, a key limited to some projects reads them one by one, never through the project list.
    const own = await call('GET', '/api/projects/2/', { key: secret });
    expect(own.json).toMatchObject({ id: 2, name: 'Mobile' });
    const other = await call('GET', '/api/projects/1/', { key: secret });
    expect(other.status).toBe(403);
    const list = await call('GET', '/api/projects/', { key: secret });
    expect(list.json.detail).toBe('API keys with scoped projects are only supported on project-based endpoints.');

    const listed = spawnKeys('list');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain('spawned');
    expect(listed.stdout).not.toContain(secret);
  }, 30_000);

  it('exits 1 with the reason on stderr and nothing on stdout', () => {
    dataDir = mkdtempSync(join(tmpdir(), 'keys-cli-'));
    const result = spawnKeys('create', '--label', 'x', '--scopes', 'everything');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Unknown scope everything\./);
  }, 30_000);
});
