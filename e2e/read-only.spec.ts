import { expect, test } from './fixtures';

test('Settings names the PostHog host and says what a read-only key cannot do', async ({ page }) => {
  await page.goto('/env/1/settings');
  await expect(page.getByText(/PostHog at/)).toBeVisible();
  const missing = page.getByRole('list', { name: 'What this key cannot do' });
  await expect(missing.getByRole('listitem').filter({ hasText: 'error_tracking:write' })).toContainText('reordering');
});

test.describe('writes', () => {
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

test('every write control is off, with the reason, while reading still works', async ({ page }) => {
  await page.goto('/env/1/issues?seen=all');
  await expect(page.getByRole('status').filter({ hasText: 'Read-only' })).toContainText('error_tracking:write');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Fingerprints' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Link ticket' })).toBeDisabled();
  for (const button of await page.getByRole('button', { name: /merge|split/i }).all())
    await expect(button).toBeDisabled();

  await page.goto('/env/1/external-references');
  await expect(page.getByRole('button', { name: 'Link ticket' })).toBeDisabled();

  await page.goto('/env/1/suppression-rules/new');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
  await expect(dialog).toContainText('This key lacks error_tracking:write');
});
