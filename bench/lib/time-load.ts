import type { Page } from '@playwright/test';

const mark = 'rules-list-rendered';

/**
 * The tab goes to about:blank first, or the timing would include tearing down the previous heavy page (up to 200 ms).
 */
export async function timeRulesLoad(page: Page, origin: string, path = '/env/1/assignment-rules'): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`${origin}${path}`);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 60_000 });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
}
