import { rmSync } from 'node:fs';
import { startBenchServer } from '../lib/bench-server';
import { launchChromium } from '../lib/browser';
import { distWithFloor, floorPath, floorScratch } from '../lib/floor-app';
import type { BenchRow } from '../lib/result';
import { timeRulesLoad } from '../lib/time-load';
import { median, percentile, round } from '../lib/stats';

const loads = 10;
const distantLoads = 5;
const latencyMs = 100;
const floorRatioTarget = 1.5;
/**
 * Cold: a new browser context for every load; warm: one context, loaded once untimed, reusing its cache and session.
 */
export async function pageLoadScenario(): Promise<BenchRow[]> {
  const scratch = floorScratch();
  const server = await startBenchServer(() => {}, { distDir: await distWithFloor(scratch) });
  const browser = await launchChromium();
  try {
    const coldLoad = async (path?: string, latency = 0) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (latency > 0) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency,
          downloadThroughput: -1,
          uploadThroughput: -1,
        });
      }
      const time = await timeRulesLoad(page, server.url, path);
      await context.close();
      return time;
    };
    const cold: number[] = [];
    const floor: number[] = [];
    // In turn, so a change in the machine's load weighs on both alike.
    for (let load = 0; load < loads; load++) {
      cold.push(await coldLoad());
      floor.push(await coldLoad(floorPath));
    }
    // Round trips cost nothing on localhost; a server across a network pays each one.
    const distant: number[] = [];
    const distantFloor: number[] = [];
    for (let load = 0; load < distantLoads; load++) {
      distant.push(await coldLoad(undefined, latencyMs));
      distantFloor.push(await coldLoad(floorPath, latencyMs));
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
    const ratio = median(cold) / median(floor);
    return [
      ...rows('cold cache', cold),
      ...rows('warm cache', warm),
      ...rows('floor app (Vite + React, plain rows), cold cache', floor),
      {
        scenario: 'page-load',
        metric: `cold cache, ${latencyMs} ms latency: rules list rendered, median of ${distantLoads}`,
        value: round(median(distant), 0),
        unit: 'ms',
      },
      {
        scenario: 'page-load',
        metric: `floor app, cold cache, ${latencyMs} ms latency: median of ${distantLoads}`,
        value: round(median(distantFloor), 0),
        unit: 'ms',
      },
      {
        scenario: 'page-load',
        metric: 'cold cache: dashboard / floor app',
        value: round(ratio, 2),
        unit: '×',
        target: `≤ ${floorRatioTarget} ×`,
        ok: ratio <= floorRatioTarget,
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}
