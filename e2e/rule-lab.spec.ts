import { expect, test } from './fixtures';
import { seriousViolations } from './support/axe';

test('Explain on a demo exception shows the winning rule and a failing filter', async ({ page, resetData }) => {
  resetData();
  await page.goto('/env/1/assignment-rules');
  await page.getByRole('link', { name: 'Explain an exception' }).click();
  await expect(page).toHaveURL(/\/env\/1\/rule-lab\/explain$/);

  await page.getByRole('searchbox', { name: 'Search' }).fill("reading 'price'");
  const list = page.getByRole('list', { name: 'Recent exceptions' });
  await expect(list.getByRole('link').first()).toContainText("reading 'price'");
  await list.getByRole('link').first().click();
  await expect(page).toHaveURL(/[?&]event=[0-9a-f-]{36}/);

  const assignment = page.getByRole('list', { name: '3. Assignment: rules in order' });
  const winner = assignment.getByRole('listitem').filter({ hasText: 'Wins' });
  await expect(winner).toHaveCount(1);
  await expect(winner).toContainText('/checkout');
  await expect(page.getByText(/^Assigned to Priya Raman by “/)).toBeVisible();
  // The winner's filters are open: each held, with the URL the exception had.
  await expect(winner.getByRole('table')).toContainText('https://');
  await expect(winner.getByRole('table').getByText('false')).toHaveCount(0);

  // A rule above it that does not match: its filter says what was seen, and false.
  const first = assignment.getByRole('listitem').first();
  await expect(first).toContainText('No match');
  await first.getByRole('button', { name: /^Show/ }).click();
  await expect(first.getByRole('table').getByText('false')).toBeVisible();

  // Same exception, its issue already open: PostHog runs no assignment rule.
  await page.getByRole('combobox', { name: 'Its issue' }).click();
  await page.getByRole('option', { name: 'Existing: it is already open' }).click();
  await expect(page.getByText(/^Linked to an existing active issue: assignment rules run only/)).toBeVisible();
  await expect(page).toHaveURL(/[?&]as=existing/);
  expect(await seriousViolations(page)).toEqual([]);
});
