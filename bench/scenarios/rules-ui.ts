import type { Page } from '@playwright/test';
import { startBenchServer } from '../lib/bench-server';
import { launchChromium } from '../lib/browser';
import type { BenchRow } from '../lib/result';
import { timeRulesLoad } from '../lib/time-load';
import { loadAssignmentRules } from '../../e2e/support/rules-data';
import { median, round } from '../lib/stats';

const ruleCount = 1_000;
const dragSteps = 500;
const loads = 5;

export async function rulesUiScenario(): Promise<BenchRow[]> {
  const server = await startBenchServer((db) => loadAssignmentRules(db, ruleCount));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const renders: number[] = [];
    for (let load = 0; load < loads; load++) {
      renders.push(await timeRulesLoad(page, server.url));
    }

    await page.evaluate(() => {
      const tasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({
        type: 'longtask',
      });
    });
    const handle = page.getByRole('button', { name: /^Reorder rule 1\b/ });
    await handle.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('[aria-pressed="true"]') !== null);
    const pressStart = Date.now();
    for (let step = 0; step < dragSteps; step++) await page.keyboard.press('ArrowDown');
    const pressed = Date.now();
    // Keys that come faster than frames are held and replayed one per frame (KeyPacer): wait for the last one.
    const { position: reached, at: settledAt } = await settledPosition(page);
    const settledAfter = Math.max(0, settledAt - pressed);
    const duringDrag = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.slice());
    await page.keyboard.press('Space');
    await page.waitForTimeout(500);
    const withDrop = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.slice());

    const longestDrag = Math.max(0, ...duringDrag);
    const longestDrop = Math.max(0, ...withDrop.slice(duringDrag.length));
    return [
      {
        scenario: 'rules-ui',
        metric: `first render of ${ruleCount} rules (median of ${loads})`,
        value: round(median(renders), 0),
        unit: 'ms',
        target: '< 300 ms',
        ok: median(renders) < 300,
      },
      {
        scenario: 'rules-ui',
        metric: `longest task while dragging across ${dragSteps} positions`,
        value: round(longestDrag, 0),
        unit: 'ms',
        target: '< 50 ms',
        ok: longestDrag < 50,
      },
      { scenario: 'rules-ui', metric: 'tasks over 50 ms while dragging', value: duringDrag.length, unit: '' },
      {
        scenario: 'rules-ui',
        metric: 'position the dragged rule reached',
        value: reached,
        unit: '',
        target: `${dragSteps + 1}`,
        ok: reached === dragSteps + 1,
      },
      {
        scenario: 'rules-ui',
        metric: `time to send ${dragSteps} key presses`,
        value: pressed - pressStart,
        unit: 'ms',
      },
      {
        scenario: 'rules-ui',
        metric: 'time from the last key press to the row at its place',
        value: settledAfter,
        unit: 'ms',
      },
      {
        scenario: 'rules-ui',
        metric: 'longest task at the drop (renumbers the list)',
        value: round(longestDrop, 0),
        unit: 'ms',
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function settledPosition(page: Page): Promise<{ position: number; at: number }> {
  const announced = () => page.evaluate(() => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '');
  const start = Date.now();
  let last = await announced();
  let at = start;
  while (Date.now() - at < 1_000 && Date.now() - start < 60_000) {
    await page.waitForTimeout(50);
    const now = await announced();
    if (now !== last) [last, at] = [now, Date.now()];
  }
  return { position: Number(/position (\d+) of/.exec(last)?.[1] ?? 0), at };
}
