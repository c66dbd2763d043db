// `npm run screenshots [out-dir]`: every page of the dashboard on demo data, in light and dark, at desktop, tablet and
// phone widths, plus how many rule and issue rows fit on a 1440×900 screen. Not part of `npm test`.
import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumLaunchOptions } from './support/chromium';
import { startBenchServer } from '../bench/lib/bench-server';

const outDir = resolve(process.argv[2] ?? 'test-results/screenshots');
const widths = [1440, 1024, 768, 390] as const;
const heights: Record<(typeof widths)[number], number> = { 1440: 900, 1024: 768, 768: 1024, 390: 844 };

type Shot = {
  name: string;
  path: string;
  /** Resolves once the page (or, after a click, what it opened) has rendered. */
  ready: (page: Page) => Promise<unknown>;
};

/** A rule list once its statistics have arrived. */
const rulesWithStatistics = async (p: Page) => {
  await p.getByRole('list', { name: /rules/i }).waitFor();
  await p.getByText(/^over [\d,]+ exceptions/).waitFor({ timeout: 20_000 });
};

const pages: Shot[] = [
  {
    name: 'assignment-rules',
    path: '/env/1/assignment-rules',
    ready: rulesWithStatistics,
  },
  {
    name: 'grouping-rules',
    path: '/env/1/grouping-rules',
    ready: rulesWithStatistics,
  },
  {
    name: 'suppression-rules',
    path: '/env/1/suppression-rules',
    ready: rulesWithStatistics,
  },
  { name: 'rule-editor', path: '/env/1/assignment-rules/new', ready: (p) => p.getByRole('dialog').waitFor() },
  {
    name: 'rule-editor-preview',
    path: '/env/2/assignment-rules',
    ready: async (p) => {
      // The rule the demo shadows, given another assignee: the preview and what the edit changes.
      await p
        .getByRole('link', { name: /^NSInternalInconsistency/ })
        .first()
        .click();
      const dialog = p.getByRole('dialog', { name: /^Edit assignment rule/ });
      const preview = dialog.getByRole('region', { name: 'On recent exceptions' });
      await preview.locator('.rule-preview__headline').waitFor();
      await preview.scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'reorder-impact',
    path: '/env/2/assignment-rules',
    ready: async (p) => {
      // The shadowed rule moved above the one that takes its issues: the check asks before saving.
      const rows = p.locator('[data-rule-id]');
      await rows.first().waitFor();
      const titles = await rows.allTextContents();
      const from = titles.findIndex((text) => text.includes('NSInternalInconsistencyException'));
      const above = titles.findIndex((text) => text.includes('iOS'));
      const handle = p.locator(`li[aria-posinset="${from + 1}"]`).getByRole('button', { name: /^Reorder “/ });
      await handle.focus();
      await p.keyboard.press('Space');
      await handle.and(p.locator('[aria-pressed="true"]')).waitFor();
      for (let step = 0; step < from - above; step++) await p.keyboard.press('ArrowUp');
      await p.getByText(new RegExp(`moved to position ${above + 1} of`)).waitFor();
      await p.keyboard.press('Space');
      const dialog = p.getByRole('alertdialog', { name: 'Save this order?' });
      await dialog.getByRole('button', { name: 'Save order' }).waitFor({ timeout: 20_000 });
      await dialog.getByText(/changed exception/).click();
    },
  },
  { name: 'issues', path: '/env/1/issues', ready: (p) => p.getByRole('table').waitFor() },
  {
    name: 'issue-detail',
    path: '/env/1/issues',
    ready: async (p) => {
      await p.getByRole('table').getByRole('link').first().click();
      await p.getByRole('region', { name: 'Linked tickets' }).waitFor();
    },
  },
  {
    name: 'link-dialog',
    path: '/env/1/external-references',
    ready: async (p) => {
      await p.getByRole('button', { name: 'Link ticket' }).click();
      await p.getByRole('dialog', { name: 'Link a ticket' }).getByRole('combobox', { name: 'Issue' }).fill('e');
      await p.getByRole('listbox', { name: 'Issue' }).waitFor();
    },
  },
  {
    name: 'external-references',
    path: '/env/1/external-references',
    ready: (p) => p.getByRole('heading', { level: 1 }).waitFor(),
  },
  {
    name: 'reapply-rules',
    path: '/env/1/rule-lab/reapply?set=active',
    ready: (p) => p.getByRole('table').waitFor(),
  },
  { name: 'fingerprints', path: '/env/1/fingerprints', ready: (p) => p.getByRole('table').waitFor() },
  {
    name: 'history',
    path: '/env/1/history',
    ready: (p) => p.getByRole('heading', { level: 2, name: /Changed a suppression rule/ }).waitFor(),
  },
  {
    name: 'history-plan',
    path: '/env/1/history',
    ready: async (p) => {
      const entries = p.getByRole('list', { name: 'Changes, newest first' }).getByRole('link');
      await entries.filter({ hasText: 'Reordered' }).first().click();
      await p.getByRole('button', { name: 'Undo this change', exact: true }).click();
      await p
        .getByRole('dialog')
        .getByRole('button', { name: /^Apply/ })
        .waitFor();
    },
  },
  {
    name: 'history-copy-plan',
    path: '/env/1/history',
    ready: async (p) => {
      await p.getByRole('button', { name: 'Copy to another environment…' }).click();
      await p.getByRole('combobox', { name: 'Copy to' }).click();
      await p.getByRole('option', { name: 'Mobile' }).click();
      await p.getByRole('button', { name: 'Show the plan' }).click();
      await p.getByRole('button', { name: /^Apply \d+ changes$/ }).waitFor();
    },
  },
  { name: 'settings', path: '/env/1/settings', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
];

/**
 * Changes for the History page to show, each undone again so every other page shows the demo as seeded: a move of
 * an assignment rule and a suppression rule's sampling rate, by two people.
 */
async function recordSomeHistory(page: Page, url: string) {
  // The page's request context carries its session cookie.
  await page.goto(`${url}/env/1/history`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const send = async (name: string, method: string, path: string, data?: unknown) => {
    const response = await page.request.fetch(`${url}/api/projects/1/error_tracking/${path}`, {
      method,
      headers: { 'X-Console-Actor': encodeURIComponent(name), 'Sec-Fetch-Site': 'same-origin' },
      data,
    });
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    return response.status() === 204 ? null : ((await response.json()) as unknown);
  };
  type Listed = { results: { id: string; sampling_rate?: number }[] };
  const keys = (order: string[]) => Object.fromEntries(order.map((id, index) => [id, index]));
  const ids = ((await send('Maya Okafor', 'GET', 'assignment_rules/?limit=1000')) as Listed).results.map(
    (rule) => rule.id,
  );
  const moved = [ids[2]!, ...ids.filter((_, index) => index !== 2)];
  await send('Maya Okafor', 'PATCH', 'assignment_rules/reorder/', { orders: keys(moved) });
  await send('Maya Okafor', 'PATCH', 'assignment_rules/reorder/', { orders: keys(ids) });
  const rule = ((await send('Priya Raman', 'GET', 'suppression_rules/?limit=1000')) as Listed).results[0]!;
  await send('Priya Raman', 'PATCH', `suppression_rules/${rule.id}/`, { sampling_rate: 0.5 });
  await send('Priya Raman', 'PATCH', `suppression_rules/${rule.id}/`, { sampling_rate: rule.sampling_rate ?? 1 });
}

/** Rows whose box lies wholly inside the viewport. */
const rowsInView = (page: Page, selector: string) =>
  page.evaluate((css) => {
    const rows = [...document.querySelectorAll(css)];
    return rows.filter((row) => {
      const box = row.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
    }).length;
  }, selector);

const server = await startBenchServer();
const browser = await chromium.launch(chromiumLaunchOptions);
mkdirSync(outDir, { recursive: true });
const overflow: string[] = [];
try {
  const setup = await browser.newPage();
  await recordSomeHistory(setup, server.url);
  await setup.close();
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of widths) {
      if (scheme === 'dark' && width !== 1440 && width !== 390) continue;
      const context = await browser.newContext({ viewport: { width, height: heights[width] }, colorScheme: scheme });
      const page = await context.newPage();
      for (const { name, path, ready } of pages) {
        await page.goto(`${server.url}${path}`);
        await ready(page);
        await page.waitForLoadState('networkidle');
        const wide = await page.evaluate(
          () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
        );
        if (wide) overflow.push(`${name} at ${width} px (${scheme})`);
        await page.screenshot({ path: `${outDir}/${name}-${width}-${scheme}.png` });
        if (width === 1440 && scheme === 'light' && name === 'assignment-rules')
          console.log(`rule rows fully visible at 1440×900: ${await rowsInView(page, '[data-sortable-id]')}`);
        if (width === 1440 && scheme === 'light' && name === 'issues')
          console.log(`issue rows fully visible at 1440×900: ${await rowsInView(page, 'tbody tr')}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(overflow.length ? `Horizontal overflow: ${overflow.join('; ')}` : 'No page overflows horizontally.');
console.log(`Screenshots in ${outDir}`);
// Something the pages start on the server (found after a History run) outlives `server.stop()` and keeps the event
// loop alive; until it is found, the script ends itself once its work is done.
process.exit(0);
