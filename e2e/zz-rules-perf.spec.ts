import { test } from './fixtures';

const n = 1000;
const rules = Array.from({ length: n }, (_, i) => ({
  id: `0190f4c4-8d2a-7a3b-9c1d-${String(i + 1).padStart(12, '0')}`,
  order_key: i,
  filters: {
    type: i % 3 ? 'AND' : 'OR',
    values: [
      { key: '$exception_types', type: 'event', operator: 'exact', value: [`Error${i}`, 'TypeError'] },
      ...(i % 2 ? [{ key: '$current_url', type: 'event', operator: 'icontains', value: `/page/${i}` }] : []),
    ],
  },
  assignee: { type: 'user', id: (i % 8) + 1 },
  disabled_data: i % 50 === 0 ? { message: 'Invalid regex' } : null,
  created_at: '2026-01-02T10:00:00.000Z',
  updated_at: '2026-02-02T10:00:00.000Z',
}));

test.use({ viewport: { width: 1280, height: 800 } });

for (let run = 0; run < 4; run++) {
  test(`perf ${run}`, async ({ page }) => {
    await page.route('**/assignment_rules/?limit=1000', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ count: n, next: null, previous: null, results: rules }) }),
    );
    await page.addInitScript(() => {
      (window as any).__long = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) (window as any).__long.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto('/env/1/assignment-rules');
    await page.waitForFunction(() => performance.getEntriesByName('rules-list-rendered').length > 0, null, { timeout: 20000 });
    await page.waitForTimeout(500);
    const result = await page.evaluate(() => {
      const mark = performance.getEntriesByName('rules-list-rendered')[0]!.startTime;
      const res = performance.getEntriesByType('resource').find((e) => e.name.includes('assignment_rules')) as PerformanceResourceTiming;
      return { mark: Math.round(mark), responseEnd: Math.round(res.responseEnd), sinceResponse: Math.round(mark - res.responseEnd), long: (window as any).__long };
    });
    console.log(JSON.stringify(result));
  });
}
