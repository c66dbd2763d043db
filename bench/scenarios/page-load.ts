import { startBenchServer } from '../lib/bench-server';
import { launchChromium } from '../lib/browser';
import type { BenchRow } from '../lib/result';
import { timeRulesLoad } from '../lib/time-load';
import { median, percentile, round } from '../lib/stats';

const loads = 10;
/**
 * Cold: a new browser context for every load; warm: one context, loaded once untimed, reusing its cache and session.
 */
export async function pageLoadScenario(): Promise<BenchRow[]> {
  const server = await startBenchServer();
  const browser = await launchChromium();
  try {
    const cold: number[] = [];
    for (let load = 0; load < loads; load++) {
      const context = await browser.newContext();
      cold.push(await timeRulesLoad(await context.newPage(), server.url));
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await timeRulesLoad(page, server.url);
    const warm: number[] = [];
    for (let load = 0; load < loads; load++) warm.push(await timeRulesLoad(page, server.url));
    await context.close();

    const rows = (name: string, samples: number[]): BenchRow[] => [
      {
        scenario: 'page-load',
        metric: `${name}: rules list rendered, median of ${loads}`,
        value: round(median(samples), 0),
        unit: 'ms',
      },
      {
        scenario: 'page-load',
        metric: `${name}: slowest of ${loads}`,
        value: round(percentile(samples, 100), 0),
        unit: 'ms',
      },
    ];
    return [...rows('cold cache', cold), ...rows('warm cache', warm)];
  } finally {
    await browser.close();
    await server.stop();
  }
}
