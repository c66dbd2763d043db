// Connected mode for the e2e suite: a local-mode server on a fresh data dir plays PostHog (with a
// personal API key of its own), and the dashboard server proxies to it, as it would to PostHog Cloud.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { connectedDataDir, upstreamDataDir, upstreamKeyFile } from '../support/paths';
import { seedDemo } from '../../src/server/demo/seed-demo';
import { createPersonalApiKey } from '../../src/server/gateway/personal-api-keys';
import { openDatabase } from '../../src/server/store/database';

const upstreamPort = process.env.UPSTREAM_PORT ?? '8812';
const dataDir = resolve(upstreamDataDir);
rmSync(dataDir, { recursive: true, force: true });
rmSync(resolve(connectedDataDir), { recursive: true, force: true });

const db = openDatabase(dataDir);
seedDemo(db);
const { secret } = createPersonalApiKey(db, { label: 'Triage Console e2e', scopes: ['*'], scopedTeams: null });
db.close();
mkdirSync(dirname(resolve(upstreamKeyFile)), { recursive: true });
writeFileSync(resolve(upstreamKeyFile), secret);

const upstream = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
  env: { ...process.env, PORT: upstreamPort, DATA_DIR: dataDir, SKIP_BUILD: '1' },
  stdio: 'inherit',
});
const stopUpstream = () => upstream.kill('SIGTERM');
process.on('exit', stopUpstream);
upstream.on('exit', (code) => {
  console.error(`The stand-in PostHog exited (${code}).`);
  process.exit(1);
});

const origin = `http://127.0.0.1:${upstreamPort}`;
for (let attempt = 0; ; attempt++) {
  const ready = await fetch(`${origin}/login`).then(
    () => true,
    () => false,
  );
  if (ready) break;
  if (attempt > 100) throw new Error('The stand-in PostHog did not start.');
  await new Promise((done) => setTimeout(done, 100));
}

process.env.POSTHOG_HOST = origin;
process.env.POSTHOG_PERSONAL_API_KEY = secret;
process.env.DATA_DIR = resolve(connectedDataDir);
process.env.SKIP_BUILD = '1';
await import('../../src/server/main');
