import { test as base, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resetDemoData } from './support/demo-data';
import { e2eDataDir, upstreamKeyFile } from './support/paths';

export type E2eOptions = {
  dataDir: string;
  backend: 'local' | 'connected';
  expectedConsoleErrors: RegExp[];
};

type Fixtures = {
  consoleErrors: string[];
  keyLeaks: string[];
  resetData: () => void;
};

export const test = base.extend<E2eOptions & Fixtures>({
  dataDir: [e2eDataDir, { option: true }],
  backend: ['local', { option: true }],

  /** A dashboard that logs errors is broken. */
  expectedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      const unexpected = errors.filter((error) => !expectedConsoleErrors.some((pattern) => pattern.test(error)));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],

  /** In connected mode, no response the browser receives may carry the server's PostHog key. */
  keyLeaks: [
    async ({ page, backend }, use) => {
      const leaks: string[] = [];
      const keys =
        backend === 'connected' && existsSync(upstreamKeyFile)
          ? readFileSync(upstreamKeyFile, 'utf8').split('\n').filter(Boolean)
          : [];
      if (keys.length > 0) {
        page.on('response', async (response) => {
          const text = JSON.stringify(await response.allHeaders()) + (await response.text().catch(() => ''));
          if (keys.some((key) => text.includes(key))) leaks.push(response.url());
        });
      }
      await use(leaks);
      expect(leaks, 'responses that carried the PostHog key').toEqual([]);
    },
    { auto: true },
  ],

  resetData: async ({ dataDir }, use) => {
    await use(() => resetDemoData(dataDir));
  },
});

/**
 * For a test of what the page does on its own (layout, keyboard, accessibility, faults injected in the browser): the
 * connected project skips it, since the proxy would add nothing to what the local project checks.
 */
export const browserOnly = { tag: '@browser-only' };

export { expect };
