import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from './robustness/server-process.test-support';

const dataDir = mkdtempSync(join(tmpdir(), 'tc-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const start = () => startServerProcess(dataDir);

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
