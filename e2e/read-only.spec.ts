import { expect, test } from './fixtures';

test('Settings names the PostHog host and says what a read-only key cannot do', async ({ page }) => {
  await page.goto('/env/1/settings');
  await expect(page.getByText(/PostHog at/)).toBeVisible();
  const missing = page.getByRole('list', { name: 'What this key cannot do' });
  await expect(missing.getByRole('listitem').filter({ hasText: 'error_tracking:write' })).toContainText('reordering');
});

test.describe('writes', () => {
  // The browser logs the refused request; that refusal is what this test is about.
  test.use({ expectedConsoleErrors: [/status of 403/] });

  test('the server refuses writes for a read-only key, with PostHog’s scope error', async ({ page }) => {
    await page.goto('/env/1/settings');
    const status = await page.evaluate(async () => {
      const response = await fetch('/api/environments/1/error_tracking/suppression_rules/', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sampling_rate: 0.5 }),
      });
      return { status: response.status, body: await response.json() };
    });
    expect(status.status).toBe(403);
    expect(status.body.detail).toBe("API key missing required scope 'error_tracking:write'");
  });
});
