import { serve } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../../src/server/app';
import type { IngestionOptions } from '../../src/server/ingest/ingest-capture';
import { buildIfStale } from '../../src/server/build-if-stale';
import { seedDemo } from '../../src/server/demo/seed-demo';
import { openDatabase, type Db } from '../../src/server/store/database';

export async function startBenchServer(
  prepare: (db: Db) => void = () => {},
  {
    spa = true,
    distDir = resolve('dist'),
    ingestion = null,
  }: { spa?: boolean; distDir?: string; ingestion?: IngestionOptions | null } = {},
): Promise<{ url: string; db: Db; stop: () => Promise<void> }> {
  if (spa) await buildIfStale(process.cwd(), resolve('dist'));
  const dataDir = mkdtempSync(join(tmpdir(), 'tc-bench-'));
  const db: Db = openDatabase(dataDir);
  seedDemo(db);
  prepare(db);
  const app = createApp({
    db,
    dashboardToken: null,
    distDir,
    rateLimits: { perMinute: 1e9, perHour: 1e9 },
    ingestion,
  });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((ready) => server.once('listening', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    stop: () =>
      new Promise<void>((done) =>
        server.close(() => {
          db.close();
          rmSync(dataDir, { recursive: true, force: true });
          done();
        }),
      ),
  };
}
