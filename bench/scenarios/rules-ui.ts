import type { Page } from '@playwright/test';
import { startBenchServer } from '../lib/bench-server';
import { launchChromium } from '../lib/browser';
import type { BenchRow } from '../lib/result';
import { timeRulesLoad } from '../lib/time-load';
import { loadAssignmentRules } from '../../e2e/support/rules-data';
import { handle as handleAt } from '../../e2e/support/rules-page';
import { median, round } from '../lib/stats';

const ruleCount = 1_000;
const dragSteps = 500;
const loads = 5;
const settleTargetMs = 1_000;

export async function rulesUiScenario(): Promise<BenchRow[]> {
  const server = await startBenchServer((db) => loadAssignmentRules(db, ruleCount));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const renders: number[] = [];
    for (let load = 0; load < loads; load++) renders.push(await timeRulesLoad(page, server.url));
    return await dragRows(page, renders);
  } finally {
    await browser.close();
    await server.stop();
  }
}

export async function dragRows(page: Page, renders: number[], prefix = ''): Promise<BenchRow[]> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({
      type: 'longtask',
    });
  });
  const handle = handleAt(page, 1);
  await handle.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('[aria-pressed="true"]') !== null);
  const pressStart = Date.now();
  for (let step = 0; step < dragSteps; step++) await page.keyboard.press('ArrowDown');
  const pressed = Date.now();
  const { position: reached, at: settledAt } = await settledPosition(page);
  const settledAfter = Math.max(0, settledAt - pressed);
  const duringDrag = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.slice());
  await page.keyboard.press('Space');
  await page.waitForTimeout(500);
  const withDrop = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.slice());

  const longestDrag = Math.max(0, ...duringDrag);
  const longestDrop = Math.max(0, ...withDrop.slice(duringDrag.length));
  const row = (metric: string, value: number, unit: string, extra: Partial<BenchRow> = {}): BenchRow => ({
    scenario: 'rules-ui',
    metric: `${prefix}${metric}`,
    value,
    unit,
    ...extra,
  });
  return [
    row(`first render of ${ruleCount} rules (median of ${loads})`, round(median(renders), 0), 'ms', {
      target: '< 300 ms',
      ok: median(renders) < 300,
    }),
    row(`longest task while dragging across ${dragSteps} positions`, round(longestDrag, 0), 'ms', {
      target: '< 50 ms',
      ok: longestDrag < 50,
    }),
    row('tasks over 50 ms while dragging', duringDrag.length, ''),
    row('position the dragged rule reached', reached, '', {
      target: `${dragSteps + 1}`,
      ok: reached === dragSteps + 1,
    }),
    row(`time to send ${dragSteps} key presses`, pressed - pressStart, 'ms'),
    row('time from the last key press to the row at its place', settledAfter, 'ms', {
      target: `< ${settleTargetMs} ms`,
      ok: settledAfter < settleTargetMs,
    }),
    row('longest task at the drop (renumbers the list)', round(longestDrop, 0), 'ms'),
  ];
}

/** The list's live region: what it last announced. */
const announced = (page: Page) =>
  page.evaluate(() => document.querySelector('.sortable-list__live-region')?.textContent ?? '');

/** The position the live region announces once it has stayed for a second, and when it got there (a minute at most). */
async function settledPosition(page: Page): Promise<{ position: number; at: number }> {
  const start = Date.now();
  let last = await announced(page);
  let at = start;
  while (Date.now() - at < 1_000 && Date.now() - start < 60_000) {
    await page.waitForTimeout(50);
    const now = await announced(page);
    if (now !== last) [last, at] = [now, Date.now()];
  }
  return { position: Number(/position (\d+) of/.exec(last)?.[1] ?? 0), at };
}
