import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCaptureServer, type CaptureServer } from '../ingest/capture-server.test-support';
import { testRuleEngine } from '../ingest/test-rule-engine.test-support';
import { databaseFile, openDatabase } from '../store/database';
import { seedProjects } from '../test-support';
import { sendExceptionUsage } from './send-exception-args';
import { runSendExceptionCli } from './send-exception-command';
import { spawnCliAsync } from './spawn-cli.test-support';

vi.setConfig({ testTimeout: 30_000 });

type Row = Record<string, unknown>;

let server: CaptureServer;
const scratch: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'send-exception-'));
  scratch.push(dir);
  return dir;
};

/** The stand-in engine (until the rule engine lands) takes the fingerprint the client sent, as PostHog's does. */
const sentFingerprint = testRuleEngine((event) => {
  const sent = event.properties.$exception_fingerprint;
  return typeof sent === 'string' ? { fingerprint: `sent:${sent}` } : {};
});

beforeAll(async () => {
  server = await startCaptureServer({ ruleEngine: sentFingerprint });
});
afterAll(() => server.stop());
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  for (const table of ['exception_events', 'fingerprints', 'issues', 'ingestion_counters']) {
    server.db.prepare(`DELETE FROM ${table}`).run();
  }
});

const rows = (sql: string, ...params: unknown[]) => server.db.prepare(sql).all(...params) as Row[];
const sendException = (argv: string[], env: Record<string, string> = {}, dataDir = server.dataDir) =>
  spawnCliAsync('send-exception.ts', dataDir, argv, env);
/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
  const { port } = probe.address() as AddressInfo;
  await new Promise((closed) => probe.close(closed));
  return port;
}

describe('npm run send-exception (a real process, through posthog-node, to a real server)', () => {
  it('sends the exception it is told to the environment’s token, where it becomes an issue', async () => {
    const run = await sendException([
      '--host',
      server.url,
      '--env',
      '2',
      '--type',
      'TypeError',
      '--message',
      "Cannot read properties of undefined (reading 'id')",
      '--url',
      'https://shop.example/checkout',
      '--distinct-id',
      'user-7',
      '--fingerprint',
      'checkout-null-id',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        `Sent 1 exception to ${server.url} with posthog-node:`,
        "  TypeError: Cannot read properties of undefined (reading 'id')",
        '  distinct id "user-7", $current_url "https://shop.example/checkout", $exception_fingerprint "checkout-null-id"',
        `Environment 2 "Mobile", project token ${server.tokens[2]}.`,
        `Its issues: ${server.url}/env/2/issues`,
        '',
      ].join('\n'),
    );

    const issues = rows('SELECT team_id, name, description, status FROM issues');
    expect(issues).toEqual([
      {
        team_id: 2,
        name: 'TypeError',
        description: "Cannot read properties of undefined (reading 'id')",
        status: 'active',
      },
    ]);
    const [event] = rows('SELECT team_id, distinct_id, library, properties FROM exception_events');
    expect(event).toMatchObject({ team_id: 2, distinct_id: 'user-7', library: 'posthog-node' });
    const properties = JSON.parse(String(event!.properties)) as Row & { $exception_list: Row[] };
    expect(properties).toMatchObject({
      $current_url: 'https://shop.example/checkout',
      $exception_fingerprint: 'sent:checkout-null-id',
      $lib: 'posthog-node',
    });
    expect(rows('SELECT team_id, fingerprint FROM fingerprints')).toEqual([
      { team_id: 2, fingerprint: 'sent:checkout-null-id' },
    ]);
    expect(properties.$exception_list[0]).toMatchObject({
      type: 'TypeError',
      value: "Cannot read properties of undefined (reading 'id')",
    });
  });

  it('sends --count exceptions, each its own event, and finds the server from PORT and HOST', async () => {
    const { port } = new URL(server.url);
    const run = await sendException(['--count', '3', '--message', 'Checkout failed'], {
      PORT: port,
      HOST: '127.0.0.1',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^Sent 3 exceptions to http:\/\/127\.0\.0\.1:\d+ with posthog-node:\n {2}Error: Checkout failed\n/,
    );
    expect(run.stdout).toContain(`Environment 1 "Web app", project token ${server.tokens[1]}.`);
    expect(rows('SELECT team_id, distinct_id FROM exception_events')).toEqual(
      Array.from({ length: 3 }, () => ({ team_id: 1, distinct_id: 'send-exception' })),
    );
    expect(rows('SELECT name, description FROM issues')).toEqual([{ name: 'Error', description: 'Checkout failed' }]);
  });

  it('fails with exit code 1 when nothing listens at the address, and says what to do', async () => {
    const host = `http://127.0.0.1:${await closedPort()}`;
    const run = await sendException(['--host', host]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `Nothing answers at ${host} (connect ECONNREFUSED ${host.slice('http://'.length)}). Start the server with ` +
        'npm start (same DATA_DIR, PORT and HOST), or pass --host with its address.\n',
    );
  });

  it('fails when the server uses another data directory, whose tokens are not these', async () => {
    const other = tempDir();
    const db = openDatabase(other);
    seedProjects(db);
    db.close();
    const run = await sendException(['--host', server.url], {}, other);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^The server at ${server.url} does not know environment 1's token: it uses another data directory`),
    );
    expect(rows('SELECT COUNT(*) AS events FROM exception_events')).toEqual([{ events: 0 }]);
  });

  it('fails on an unknown environment and on a data directory without a database, creating none', async () => {
    const unknown = await sendException(['--host', server.url, '--env', '9']);
    expect(unknown).toEqual({
      status: 1,
      stdout: '',
      stderr: 'Unknown environment id 9. Existing environments: 1, 2.\n',
    });

    const empty = join(tempDir(), 'never-started');
    const missing = await sendException(['--host', server.url], {}, empty);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(
      `No database at ${databaseFile(empty)}. Start the server once (npm start) to create it, or set DATA_DIR to ` +
        'the data directory the server uses.\n',
    );
    expect(existsSync(empty)).toBe(false);
  });
});

describe('send-exception when the server refuses what posthog-node sends', () => {
  let refusing: Server;
  let refusingUrl = '';
  const batches: string[] = [];
  beforeAll(async () => {
    // Answers the check as the local server does, then refuses the batch: posthog-node only emits 'error' for that.
    refusing = createServer((request, response) => {
      const token = /^\/array\/([^/]+)\/config$/.exec(request.url ?? '')?.[1];
      if (token !== undefined) {
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ token }));
        return;
      }
      batches.push(request.url ?? '');
      response
        .writeHead(503, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ status: 503, code: 'service_unavailable', error: 'Ingestion is paused.' }));
    });
    await new Promise<void>((ready) => refusing.listen(0, '127.0.0.1', ready));
    refusingUrl = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((closed) => refusing.close(closed)));

  it('exits 1 with the server’s answer, not a report of success', async () => {
    const run = await sendException(['--host', refusingUrl, '--count', '2']);
    expect(batches).toEqual(['/batch/']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `Sent 0 of 2 to ${refusingUrl}: the server answered 503: ` +
        '{"status":503,"code":"service_unavailable","error":"Ingestion is paused."}.\n',
    );
  });
});

describe('send-exception arguments', () => {
  const run = (...argv: string[]) => runSendExceptionCli(argv, { DATA_DIR: join(tmpdir(), 'send-exception-unused') });

  it('prints its usage for --help, without reading any data directory', async () => {
    expect(await run('--help')).toEqual({ exitCode: 0, stdout: sendExceptionUsage, stderr: '' });
    expect(sendExceptionUsage).toContain('--fingerprint TEXT');
    expect(existsSync(join(tmpdir(), 'send-exception-unused'))).toBe(false);
  });

  it.each([
    [['--count', '0'], '--count takes a whole number from 1 to 1000, got: 0.\n'],
    [['--count', '1001'], '--count takes a whole number from 1 to 1000, got: 1001.\n'],
    [['--env', 'web'], '--env takes a whole number from 1 to 9007199254740991, got: web.\n'],
    [['--message', '  '], '--message is empty: leave it out for the default.\n'],
    [
      ['--host', 'localhost:8010'],
      "--host takes the server's address, e.g. http://127.0.0.1:8010, got: localhost:8010.\n",
    ],
    [
      ['--host', 'http://127.0.0.1:8010/api'],
      "--host takes the server's address, e.g. http://127.0.0.1:8010, got: http://127.0.0.1:8010/api.\n",
    ],
    [['extra'], 'Unexpected argument "extra".\n'],
  ])('refuses %j with exit code 1', async (argv, message) => {
    expect(await run(...argv)).toEqual({ exitCode: 1, stdout: '', stderr: message });
  });

  it('refuses an unknown option, with the usage', async () => {
    const result = await run('--typo');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^Unknown option '--typo'/);
    expect(result.stderr).toContain(sendExceptionUsage);
  });

  it('says when PORT is 0, since the server then picked a port of its own', async () => {
    const dataDir = tempDir();
    const db = openDatabase(dataDir);
    seedProjects(db);
    db.close();
    expect(await runSendExceptionCli([], { DATA_DIR: dataDir, PORT: '0' })).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'PORT is 0, so the server picked a free port: pass --host with the address it printed.\n',
    });
  });
});
