import { serve } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../../rule-engine';
import { createApp } from '../app';
import { openDatabase, type Db } from '../store/database';
import { seedProjects } from '../test-support';
import { defaultRetention, type Retention } from './event-retention';
import type { RuleEngine } from './rule-engine-port';

export type CaptureServer = {
  url: string;
  /** The directory of its SQLite file, for a process that reads the same store (a CLI's DATA_DIR). */
  dataDir: string;
  db: Db;
  app: ReturnType<typeof createApp>;
  tokens: Record<1 | 2, string>;
  stop: () => Promise<void>;
};

/** The app on a real port over a real SQLite file, as an SDK meets it. */
export async function startCaptureServer({
  ruleEngine = { evaluate },
  retention = defaultRetention,
}: { ruleEngine?: RuleEngine; retention?: Retention } = {}): Promise<CaptureServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tc-capture-'));
  const db: Db = openDatabase(dataDir);
  seedProjects(db);
  const app = createApp({
    db,
    dashboardToken: null,
    distDir: '/nonexistent-dist',
    ingestion: { ruleEngine, retention },
  });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((ready) => server.once('listening', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tokenOf = (teamId: number) =>
    db.prepare('SELECT api_token FROM projects WHERE id = ?').pluck().get(teamId) as string;
  return {
    url,
    dataDir,
    db,
    app,
    tokens: { 1: tokenOf(1), 2: tokenOf(2) },
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => {
          db.close();
          rmSync(dataDir, { recursive: true, force: true });
          done();
        });
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
