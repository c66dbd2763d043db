import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { evaluate } from '../rule-engine';
import { createApp } from './app';
import { buildIfStale } from './build-if-stale';
import { ConfigError, readConfig } from './config';
import { checkConnection, ConnectionError } from './connected/check-connection';
import { readUpstream, UpstreamConfigError } from './connected/upstream-config';
import { seedDemo } from './demo/seed-demo';
import { openDatabase } from './store/database';
import { ensureDefaultProject, isEmptyDatabase } from './store/first-start';

function readFlags(): Record<string, string | undefined> {
  const { values } = parseArgs({
    options: {
      'posthog-host': { type: 'string' },
      'posthog-personal-api-key-file': { type: 'string' },
      'posthog-environment-id': { type: 'string' },
    },
  });
  return values;
}

async function main(): Promise<void> {
  const config = readConfig();
  const upstream = readUpstream({ env: process.env, flags: readFlags() });
  if (upstream) console.log(await checkConnection(upstream));
  if (process.env.SKIP_BUILD !== '1') await buildIfStale(process.cwd(), config.distDir);

  const db = openDatabase(config.dataDir);
  if (upstream === null && isEmptyDatabase(db)) {
    if (config.demo) {
      const summary = seedDemo(db);
      console.log(
        `Empty data directory ${config.dataDir}: loaded demo data (${summary}). Start with DEMO=0 for an empty workspace.`,
      );
    } else {
      ensureDefaultProject(db);
      console.log(`Empty data directory ${config.dataDir}: created an empty "Default project" (DEMO=0).`);
    }
  }

  const app = createApp({
    db,
    dashboardToken: config.dashboardToken,
    distDir: config.distDir,
    upstream,
    rateLimits: config.rateLimits,
    ingestion: upstream === null ? { ruleEngine: { evaluate }, retention: config.retention } : null,
  });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info: AddressInfo) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    const backend = upstream ? `proxying PostHog at ${upstream.origin}` : `data: ${config.dataDir}`;
    console.log(`Triage Console is running at http://${host}:${info.port}/ (${backend})`);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing open requests…`);
    // Every write is a synchronous SQLite transaction, so a finished request is on disk; close once in-flight ones end.
    server.close(() => {
      db.close();
      process.exit(0);
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
    setTimeout(() => {
      db.close();
      process.exit(0);
    }, 5000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof UpstreamConfigError || err instanceof ConnectionError;
  console.error(known ? `Cannot start: ${(err as Error).message}` : err);
  process.exit(1);
});
