import type { Page } from '@playwright/test';

const mark = 'rules-list-rendered';

/**
 * Opens the assignment rules page (or another page at `path` that sets the same mark) and answers the ms from navigation start to the list rendering its data (the
 * SPA's `rules-list-rendered` performance mark). The tab goes to about:blank first: otherwise the timing would
 * include tearing down the previous, heavy, page (up to 200 ms measured with 1,000 rules), which a person opening
 * the page does not wait for.
 */
export async function timeRulesLoad(page: Page, origin: string, path = '/env/1/assignment-rules'): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`${origin}${path}`);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 60_000 });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
}
