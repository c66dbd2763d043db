import type { Page } from '@playwright/test';
import { loadavg } from 'node:os';
import { startBenchServer } from '../lib/bench-server';
import { launchChromium } from '../lib/browser';
import { loadPreviewVolume } from '../lib/preview-data';
import type { BenchRow } from '../lib/result';
import { median, round } from '../lib/stats';

const events = 10_000;
const debounceMs = 250;
const targetMs = 200;
/** Each edit retypes the filter's value: every one changes what the rule matches. */
const words = ['Cannot read', 'fetch', 'undefined', 'Maximum call', 'timeout', 'chunk', 'quota'];

type PageWindow = { longTasks: number[]; lastKey: number };

async function watchPage(page: Page) {
  await page.evaluate(() => {
    const state = window as unknown as PageWindow;
    state.longTasks = [];
    state.lastKey = 0;
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => state.longTasks.push(entry.duration)),
    ).observe({ type: 'longtask' });
    document.addEventListener('keydown', () => (state.lastKey = performance.now()), true);
  });
}

/** When the preview of the rule as it is now was last put on screen (the panel's mark), after `since`. */
const shownAfter = (page: Page, since: number) =>
  page
    .waitForFunction(
      (after) => performance.getEntriesByName('rule-preview-shown').find((mark) => mark.startTime > after)?.startTime,
      since,
      { timeout: 120_000, polling: 10 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);

export async function previewScenario(): Promise<BenchRow[]> {
  const server = await startBenchServer((db) => loadPreviewVolume(db, events));
  const browser = await launchChromium();
  const load = round(loadavg()[0]!, 1);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/env/1/suppression-rules/new`);
    const dialog = page.getByRole('dialog', { name: 'New suppression rule' });
    await dialog.getByRole('button', { name: 'Add filter' }).waitFor();
    await watchPage(page);
    const opened = await page.evaluate(() => performance.now());
    const first = (await shownAfter(page, opened)) - opened;

    await dialog.getByRole('button', { name: 'Add filter' }).click();
    await dialog.getByRole('combobox', { name: 'Property for filter 1' }).fill('Exception message');
    await page.getByRole('option', { name: /^Exception message / }).click();
    await dialog.getByRole('combobox', { name: 'Operator for filter 1' }).selectOption('contains');
    const value = dialog.getByRole('textbox', { name: 'Value for filter 1' });
    const latencies: number[] = [];
    for (const word of words) {
      await value.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(word, { delay: 40 });
      const lastKey = await page.evaluate(() => (window as unknown as PageWindow).lastKey);
      latencies.push((await shownAfter(page, lastKey)) - (lastKey + debounceMs));
    }
    const headline = await dialog.locator('.rule-preview__headline').textContent();
    const tasks = await page.evaluate(() => (window as unknown as PageWindow).longTasks.slice());
    const longest = Math.max(0, ...tasks);
    const worst = Math.max(...latencies);
    const row = (metric: string, value: number, unit: string, extra: Partial<BenchRow> = {}): BenchRow => ({
      scenario: 'preview',
      metric,
      value,
      unit,
      ...extra,
    });
    if (!headline?.includes(`Of the last ${events.toLocaleString('en')} exceptions`)) {
      throw new Error(`The preview did not run on ${events} exceptions: ${headline}`);
    }
    return [
      row(
        `editor opened → first preview of ${events} exceptions shown (fetch, worker, 150 rules)`,
        round(first, 0),
        'ms',
      ),
      row(
        `last key + ${debounceMs} ms debounce → count shown, median of ${words.length} edits`,
        round(median(latencies), 0),
        'ms',
        {
          target: `≤ ${targetMs} ms`,
          ok: median(latencies) <= targetMs,
        },
      ),
      row(`last key + ${debounceMs} ms debounce → count shown, slowest of ${words.length}`, round(worst, 0), 'ms', {
        target: `≤ ${targetMs} ms`,
        ok: worst <= targetMs,
      }),
      row('longest main-thread task from the editor opening through the edits', round(longest, 0), 'ms', {
        target: '≤ 50 ms',
        ok: longest <= 50,
      }),
      row('tasks over 50 ms', tasks.filter((duration) => duration > 50).length, ''),
      row('1-minute load average at the start', load, ''),
      ...(await reorderCheck(page, server.url)),
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** From the drop (Space) to its answer: the toast of a saved move, or the dialog listing what it changes. */
async function timeDrop(page: Page, from: number, to: number) {
  const handle = page.locator(`li[aria-posinset="${from}"]`).getByRole('button', { name: /^Reorder “/ });
  await handle.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('[aria-pressed="true"]') !== null);
  for (let step = 0; step < Math.abs(to - from); step++) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  await page.waitForFunction(
    (position) =>
      new RegExp(`moved to position ${position} of`).test(
        document.querySelector('.sortable-list__live-region')?.textContent ?? '',
      ),
    to,
  );
  const dropped = Date.now();
  await page.keyboard.press('Space');
  // The dialog opens early, saying it is checking, when a check runs long: the answer is its list, or the toast.
  // Polled with a cheap query: Playwright's own text locators would scan the page and add tasks of their own.
  const answered = await page.waitForFunction(
    (position) => {
      if (document.querySelector('dialog[open] .outcome-changes')) return 'asked';
      const toasts = [...document.querySelectorAll('.toast__message')].map((toast) => toast.textContent ?? '');
      return toasts.some((text) => text.includes(`to position ${position}.`)) ? 'saved' : false;
    },
    to,
    { timeout: 60_000, polling: 10 },
  );
  const took = Date.now() - dropped;
  const asked = (await answered.jsonValue()) === 'asked';
  const asking = page.getByRole('alertdialog', { name: 'Save this order?' });
  if (asked) await asking.getByRole('button', { name: 'Cancel' }).click();
  return { took, asked };
}

async function reorderCheck(page: Page, url: string): Promise<BenchRow[]> {
  // Tall enough that all 50 rows are drawn: the list draws only the rows near the screen.
  await page.setViewportSize({ width: 1280, height: 3200 });
  await page.goto(`${url}/env/1/assignment-rules`);
  const list = page.getByRole('list', { name: 'Assignment rules, in evaluation order' });
  await list.getByRole('listitem').first().waitFor();
  // The list works out the current order's outcomes once someone comes near it; the check after a drop reads them.
  await list.hover();
  await page.waitForTimeout(3_000);
  await watchPage(page);
  const unchanged = await timeDrop(page, 1, 2);
  // The catch-all owner, last, moved to the top: every issue another rule assigned changes hands.
  const changing = await timeDrop(page, 50, 1);
  const tasks = await page.evaluate(() => (window as unknown as PageWindow).longTasks.slice());
  const what = (drop: { asked: boolean }) => (drop.asked ? 'dialog listing the changed outcomes' : 'saved toast');
  const row = (metric: string, value: number): BenchRow => ({ scenario: 'preview', metric, value, unit: 'ms' });
  return [
    row(`drop that changes nothing → ${what(unchanged)} (check of ${events} exceptions, 50 rules)`, unchanged.took),
    row(`drop of the catch-all to the top → ${what(changing)}`, changing.took),
    row('longest main-thread task around the drops and their checks', round(Math.max(0, ...tasks), 0)),
  ];
}
