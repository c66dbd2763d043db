import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'tc-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts the real server process; resolves with its URL and everything it printed so far. */
function start() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, SKIP_BUILD: '1', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/? /.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, ready, exited, output: () => output };
}

describe('npm start (the server process)', () => {
  it('loads demo data on an empty data dir, refuses keyless API calls, and stops cleanly on SIGINT', async () => {
    const server = start();
    const url = await server.ready;
    expect(server.output()).toMatch(/loaded demo data/);
    const response = await fetch(`${url}/api/projects/`);
    expect(response.status).toBe(401);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
  }, 30_000);

  it('keeps its data: a restart on the same dir loads no demo data again', async () => {
    const server = start();
    await server.ready;
    expect(server.output()).not.toMatch(/loaded demo data/);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 30_000);
});
