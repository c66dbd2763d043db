import type { Page } from '@playwright/test';
import { browserOnly, expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { withDatabase } from './support/database';
import { e2ePort } from './support/paths';

const tokenOf = (dataDir: string, envId: number) =>
  withDatabase(dataDir, (db) => db.prepare('SELECT api_token FROM projects WHERE id = ?').pluck().get(envId) as string);

/** The section's own heading says where exceptions go: this server, or PostHog in connected mode. */
const sendSection = (page: Page, backend: 'local' | 'connected') =>
  page.getByRole('region', { name: backend === 'local' ? 'Send exceptions here' : 'Send exceptions to PostHog' });

test('Settings gives the environment’s token and host, and copies the code with both in it', async ({
  page,
  context,
  dataDir,
  backend,
  baseURL,
}) => {
  // In connected mode the token is PostHog's (here the stand-in's, a self-hosted instance: it ingests at its origin).
  const token = tokenOf(dataDir, 2);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/env/2/settings');
  const section = sendSection(page, backend);
  await expect(section.getByRole('textbox', { name: 'Project token' })).toHaveValue(token);
  const host = await section.getByRole('textbox', { name: 'Host' }).inputValue();
  // The stand-in PostHog listens one port above the local server (playwright.config.ts).
  expect(host).toBe(backend === 'local' ? new URL(baseURL!).origin : `http://127.0.0.1:${e2ePort + 1}`);

  await section.getByRole('button', { name: 'Copy posthog-node code' }).click();
  await expect(page.getByText('Copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`new PostHog('${token}', { host: '${host}' })`);
  await expect(section.getByRole('group', { name: 'From a terminal' })).toHaveCount(backend === 'local' ? 1 : 0);
  expect(await seriousViolations(page, '#send-exceptions')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page, '#send-exceptions')).toEqual([]);
});

test('on a phone the snippets wrap inside their boxes', browserOnly, async ({ page, backend }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/env/1/settings');
  const section = sendSection(page, backend);
  const code = section.getByRole('group', { name: 'Node: posthog-node' }).locator('pre');
  await expect(code).toContainText('client.captureException(error, distinctId)');
  const sizes = await code.evaluate((pre) => ({ scroll: pre.scrollWidth, client: pre.clientWidth }));
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
  const box = await section.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  const documentWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(documentWidth).toBeLessThanOrEqual(390);
});
