import { expect, test } from './fixtures';

// PostHog refuses a key limited to environment 2 the project list, members and roles; the page must explain, not show
// them.
test.use({ expectedConsoleErrors: [/status of 403/] });

const rawRefusal = 'only supported on project-based endpoints';

test('opens the key’s environment, reads its rules, and says what needs an organization-wide key', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/env\/2\//);
  await expect(page.getByRole('combobox', { name: 'Environment' })).toHaveText(/Mobile/);
  await expect(page.getByText('listing environments needs an organization-wide key')).toBeVisible();

  await page.goto('/env/2/assignment-rules');
  const rows = page.getByRole('list', { name: /assignment rules/i }).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ hasText: /User #\d+/ }).first()).toBeVisible();

  await page.goto('/env/2/assignment-rules/new');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('assignee names need a key with access to all projects or the organization');

  await page.goto('/env/2/settings');
  const limits = page.getByRole('list', { name: 'What needs an organization-wide key' });
  await expect(limits).toContainText('The environment list');
  await expect(limits).toContainText('Assignee names');
  await expect(page.locator('body')).not.toContainText(rawRefusal);
});
