import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { distinctIssues } from './support/issues-data';
import { browserOnly, expect, test } from './fixtures';

type PageCase = { name: string; path: (dataDir: string) => string; ready: (page: Page) => Promise<unknown> };

const rulesList = (page: Page) => page.getByRole('list', { name: /rules/i }).waitFor();
const table = (page: Page) => page.getByRole('table').waitFor();
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).waitFor();

const pages: PageCase[] = [
  { name: 'assignment rules', path: () => '/env/1/assignment-rules', ready: rulesList },
  { name: 'grouping rules', path: () => '/env/1/grouping-rules', ready: rulesList },
  { name: 'suppression rules', path: () => '/env/1/suppression-rules', ready: rulesList },
  {
    name: 'rule editor',
    path: () => '/env/1/assignment-rules/new',
    ready: (page) => page.getByRole('dialog').waitFor(),
  },
  { name: 'issues', path: () => '/env/1/issues?seen=all', ready: table },
  {
    name: 'issue',
    path: (dataDir) => `/env/1/issues/${distinctIssues(dataDir)[0]!.id}`,
    ready: (page) => page.getByRole('list', { name: 'Fingerprints of this issue' }).waitFor(),
  },
  { name: 'external references', path: () => '/env/1/external-references', ready: table },
  { name: 'fingerprints', path: () => '/env/1/fingerprints', ready: table },
  { name: 're-apply assignment rules', path: () => '/env/1/rule-lab/reapply?set=active', ready: table },
  { name: 'settings', path: () => '/env/1/settings', ready: heading },
];

const widths = [1440, 1024, 768, 390] as const;
const heights: Record<(typeof widths)[number], number> = { 1440: 900, 1024: 768, 768: 1024, 390: 844 };

async function open(page: Page, dataDir: string, { path, ready }: PageCase) {
  await page.goto(path(dataDir));
  await ready(page);
  await page.waitForLoadState('networkidle');
}

for (const width of widths) {
  test(`no page scrolls sideways at ${width} px`, browserOnly, async ({ page, dataDir }) => {
    await page.setViewportSize({ width, height: heights[width] });
    const wide: string[] = [];
    for (const entry of pages) {
      await open(page, dataDir, entry);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) wide.push(`${entry.name}: ${scrollWidth} > ${clientWidth}`);
    }
    expect(wide, 'pages wider than the window').toEqual([]);
  });
}

test('the issues table is a table at 1440 px and a list of cards at 390 px', browserOnly, async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/env/1/issues?seen=all');
  const row = page.getByRole('row').nth(1);
  const name = row.getByRole('rowheader');
  const status = row.getByRole('cell').first();
  await expect(page.getByRole('columnheader', { name: 'Occurrences' })).toBeVisible();
  let [nameBox, statusBox] = [await name.boundingBox(), await status.boundingBox()];
  expect(statusBox!.x, 'side by side').toBeGreaterThan(nameBox!.x + nameBox!.width - 1);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(row).toHaveCSS('display', 'block');
  [nameBox, statusBox] = [await name.boundingBox(), await status.boundingBox()];
  expect(statusBox!.y, 'stacked under the name').toBeGreaterThanOrEqual(nameBox!.y + nameBox!.height - 1);
  expect(Math.abs(statusBox!.x - nameBox!.x), 'in one column').toBeLessThan(2);
  const label = await status.evaluate((cell) => getComputedStyle(cell, '::before').content);
  expect(label, 'each value is labelled').toBe('"Status"');
  const rowBox = await row.boundingBox();
  expect(rowBox!.x + rowBox!.width).toBeLessThanOrEqual(390);
});

test('a Select works by keyboard: open, move, pick, and Escape leaves it as it was', browserOnly, async ({ page }) => {
  await page.goto('/env/1/issues?seen=all');
  const status = page.getByRole('combobox', { name: 'Status' });
  await expect(status).toHaveText('Any status');
  await status.focus();

  await page.keyboard.press('Enter');
  const listbox = page.getByRole('listbox', { name: 'Status' });
  await expect(listbox).toBeVisible();
  await expect(listbox.getByRole('option', { name: 'Any status' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(listbox.getByRole('option', { name: 'Resolved' })).toHaveAttribute('data-active-item');
  await page.keyboard.press('Enter');
  await expect(listbox).toBeHidden();
  await expect(page).toHaveURL(/[?&]status=resolved/);
  await expect(status).toHaveText('Resolved');
  await expect(status).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(listbox).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(listbox).toBeHidden();
  await expect(status).toHaveText('Resolved');
  await expect(page).toHaveURL(/[?&]status=resolved/);

  // The theme is an icon button in the header, named for screen readers, chosen the same way.
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await theme.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('listbox', { name: 'Theme' }).getByRole('option', { name: 'Dark' }).waitFor();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(theme).toHaveText('Dark');
});

test('a Select near the bottom of the window opens upwards, inside the window', browserOnly, async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/env/1/issues?seen=all');
  const size = page.getByRole('combobox', { name: 'Issues per page' });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const sizeBox = await size.boundingBox();
  expect(sizeBox!.y + sizeBox!.height, 'the control is near the bottom').toBeGreaterThan(900 - 120);
  await size.click();
  const listbox = page.getByRole('listbox', { name: 'Issues per page' });
  await expect(listbox).toBeVisible();
  const box = await listbox.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(900);
  expect(box!.y + box!.height).toBeLessThanOrEqual(sizeBox!.y);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every page has no serious accessibility violations in ${scheme}`, browserOnly, async ({ page, dataDir }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    for (const entry of pages) {
      await open(page, dataDir, entry);
      found.push(...(await seriousViolations(page)).map((violation) => `${entry.name}: ${violation}`));
    }
    // An open Select popup, too.
    await open(
      page,
      dataDir,
      pages.find((entry) => entry.name === 'issues')!,
    );
    await page.getByRole('combobox', { name: 'Sort by' }).click();
    await expect(page.getByRole('listbox', { name: 'Sort by' })).toBeVisible();
    found.push(...(await seriousViolations(page)).map((violation) => `open select: ${violation}`));
    expect(found).toEqual([]);
  });
}
