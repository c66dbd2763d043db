// A local-mode server plays PostHog; dashboards proxy to it with a full-access, a read-only and an environment-2 key.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  connectedDataDir,
  projectScopedDataDir,
  readOnlyDataDir,
  upstreamDataDir,
  upstreamKeyFile,
} from '../support/paths';
import { seedDemo } from '../../src/server/demo/seed-demo';
import { createPersonalApiKey } from '../../src/server/gateway/personal-api-keys';
import { openDatabase } from '../../src/server/store/database';

const upstreamPort = Number(process.env.UPSTREAM_PORT ?? 8812);
const readOnlyPort = Number(process.env.PORT ?? 8813) + 1;
const projectScopedPort = readOnlyPort + 1;
for (const dir of [upstreamDataDir, connectedDataDir, readOnlyDataDir, projectScopedDataDir])
  rmSync(resolve(dir), { recursive: true, force: true });

const db = openDatabase(resolve(upstreamDataDir));
seedDemo(db);
const fullKey = createPersonalApiKey(db, { label: 'Triage Console e2e', scopes: ['*'], scopedTeams: null }).secret;
const readOnlyKey = createPersonalApiKey(db, {
  label: 'Read-only e2e',
  scopes: ['error_tracking:read', 'project:read', 'organization:read', 'organization_member:read', 'integration:read'],
  scopedTeams: null,
}).secret;
const projectScopedKey = createPersonalApiKey(db, {
  label: 'Mobile only e2e',
  scopes: ['*'],
  scopedTeams: [2],
}).secret;
db.close();
mkdirSync(dirname(resolve(upstreamKeyFile)), { recursive: true });
writeFileSync(resolve(upstreamKeyFile), `${fullKey}\n${readOnlyKey}\n${projectScopedKey}\n`);

const children = new Set<ReturnType<typeof spawn>>();
process.on('exit', () => children.forEach((child) => child.kill('SIGTERM')));
function startServer(name: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, SKIP_BUILD: '1', ...env },
    stdio: 'inherit',
  });
  children.add(child);
  child.on('exit', (code) => {
    console.error(`${name} exited (${code}).`);
    process.exit(1);
  });
}

async function waitFor(url: string) {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${url} did not come up.`);
}

const origin = `http://127.0.0.1:${upstreamPort}`;
// One key serves the whole connected suite, which sends in minutes what a team sends in an hour: PostHog's 480 a
// minute per key would refuse it. The limit itself is tested in src/server/robustness and the gateway tests.
startServer('The stand-in PostHog', {
  PORT: String(upstreamPort),
  DATA_DIR: resolve(upstreamDataDir),
  RATE_LIMIT_PER_MINUTE: '6000',
});
await waitFor(`${origin}/login`);
startServer('The read-only dashboard', {
  PORT: String(readOnlyPort),
  DATA_DIR: resolve(readOnlyDataDir),
  POSTHOG_HOST: origin,
  POSTHOG_PERSONAL_API_KEY: readOnlyKey,
});
startServer('The project-scoped dashboard', {
  PORT: String(projectScopedPort),
  DATA_DIR: resolve(projectScopedDataDir),
  POSTHOG_HOST: origin,
  POSTHOG_PERSONAL_API_KEY: projectScopedKey,
});
await Promise.all([readOnlyPort, projectScopedPort].map((port) => waitFor(`http://127.0.0.1:${port}/login`)));

process.env.POSTHOG_HOST = origin;
process.env.POSTHOG_PERSONAL_API_KEY = fullKey;
process.env.DATA_DIR = resolve(connectedDataDir);
process.env.SKIP_BUILD = '1';
await import('../../src/server/main');
