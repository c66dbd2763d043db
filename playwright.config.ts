import { defineConfig, devices } from '@playwright/test';
import type { E2eOptions } from './e2e/fixtures';
import { chromiumLaunchOptions } from './e2e/support/chromium';
import { e2eDataDir, e2eDistDir, e2ePort, upstreamDataDir } from './e2e/support/paths';

const localPort = e2ePort;
const connectedPort = localPort + 2;
const upstreamPort = localPort + 1;

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: chromiumLaunchOptions,
};

/**
 * The suite runs against the local backend, and again (but for the `browserOnly` tests) in connected mode through the
 * proxy to a second local-mode server that plays PostHog (its data dir is where specs reset the demo data).
 */
export default defineConfig<E2eOptions>({
  testDir: 'e2e',
  // Per port, like the data dirs, so parallel runs keep their own traces.
  outputDir: `test-results/${localPort}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'local',
      testIgnore: /read-only\.spec\.ts|project-scoped-key\.spec\.ts/,
      use: { ...browser, baseURL: `http://127.0.0.1:${localPort}`, dataDir: e2eDataDir, backend: 'local' },
    },
    {
      name: 'connected',
      testIgnore: /read-only\.spec\.ts|project-scoped-key\.spec\.ts/,
      grepInvert: /@browser-only/,
      use: { ...browser, baseURL: `http://127.0.0.1:${connectedPort}`, dataDir: upstreamDataDir, backend: 'connected' },
    },
    {
      // A dashboard whose PostHog key lacks error_tracking:write: every write control is off, with the reason.
      name: 'read-only',
      testMatch: /read-only\.spec\.ts/,
      use: {
        ...browser,
        baseURL: `http://127.0.0.1:${connectedPort + 1}`,
        dataDir: upstreamDataDir,
        backend: 'connected',
      },
    },
    {
      // A dashboard whose PostHog key is limited to environment 2: it opens it, and says what needs a wider key.
      name: 'project-scoped',
      testMatch: /project-scoped-key\.spec\.ts/,
      use: {
        ...browser,
        baseURL: `http://127.0.0.1:${connectedPort + 2}`,
        dataDir: upstreamDataDir,
        backend: 'connected',
      },
    },
  ],
  webServer: [
    {
      command: 'node --import tsx e2e/servers/local.ts',
      url: `http://127.0.0.1:${localPort}/login`,
      env: { PORT: String(localPort), DATA_DIR: e2eDataDir, DIST_DIR: e2eDistDir },
      timeout: 120_000,
      stdout: 'pipe',
    },
    {
      command: 'node --import tsx e2e/servers/connected.ts',
      url: `http://127.0.0.1:${connectedPort}/login`,
      env: { PORT: String(connectedPort), UPSTREAM_PORT: String(upstreamPort), DIST_DIR: e2eDistDir },
      timeout: 120_000,
      stdout: 'pipe',
    },
  ],
});
