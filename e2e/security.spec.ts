import type { Page } from '@playwright/test';
import { browserOnly, expect, test } from './fixtures';
import { withDatabase } from './support/database';

const payload = '<img src=x onerror="window.__storedHtmlRan=1"><script>window.__storedHtmlRan=1</script>';

async function expectInert(page: Page) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __storedHtmlRan?: number }).__storedHtmlRan),
  ).toBeUndefined();
}

test.afterEach(({ resetData }) => resetData());

test(
  'stored HTML in issues and rules is shown as text and never runs',
  browserOnly,
  async ({ page, dataDir, resetData }) => {
    resetData();
    const issueId = withDatabase(dataDir, (db) => {
      const issue = db.prepare('SELECT id FROM issues WHERE team_id = 1 ORDER BY id LIMIT 1').get() as { id: string };
      db.prepare('UPDATE issues SET name = ?, description = ? WHERE id = ?').run(payload, payload, issue.id);
      db.prepare("UPDATE rules SET description = ? WHERE team_id = 1 AND kind = 'grouping'").run(payload);
      const filters = {
        type: 'AND',
        values: [{ key: '$exception_values', type: 'event', operator: 'icontains', value: payload }],
      };
      db.prepare("UPDATE rules SET filters = ? WHERE team_id = 1 AND kind = 'assignment'").run(JSON.stringify(filters));
      return issue.id;
    });

    await page.goto(`/env/1/issues/${issueId}`);
    await expect(page.getByRole('heading', { level: 1, name: payload })).toBeVisible();
    await expectInert(page);

    for (const section of ['grouping-rules', 'assignment-rules']) {
      await page.goto(`/env/1/${section}`);
      // A row shows a shortened title; its details show the text whole.
      await page
        .getByRole('button', { name: /^Details of / })
        .first()
        .click();
      await expect(page.getByText(payload).first()).toBeVisible();
      await expectInert(page);
    }
  },
);

test('the dashboard is served with its security headers', async ({ page }) => {
  const response = await page.goto('/env/1/assignment-rules');
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toMatch(/frame-ancestors 'none'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBeTruthy();
});
