import { browserOnly, expect, test } from './fixtures';
import { chooseOption } from './support/select';

const sections = [
  { link: 'Assignment rules', path: 'assignment-rules' },
  { link: 'Grouping rules', path: 'grouping-rules' },
  { link: 'Suppression rules', path: 'suppression-rules' },
  { link: 'Issues', path: 'issues' },
  { link: 'External references', path: 'external-references' },
  { link: 'Fingerprints', path: 'fingerprints' },
  { link: 'Settings', path: 'settings' },
];

test('opens on the first environment and visits every section', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/env\/1\//);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const section of sections) {
    await nav.getByRole('link', { name: section.link }).click();
    await expect(page).toHaveURL(new RegExp(`/env/1/${section.path}$`));
    await expect(page.getByRole('heading', { level: 1, name: section.link })).toBeVisible();
    await expect(nav.getByRole('link', { name: section.link })).toHaveAttribute('aria-current', 'page');
  }
});

test('switching environment keeps the section and shows that environment’s data', async ({ page }) => {
  await page.goto('/env/1/issues');
  await expect(page.getByRole('heading', { level: 1, name: 'Issues' })).toBeVisible();
  await chooseOption(page.getByRole('combobox', { name: 'Environment' }), 'Mobile');
  await expect(page).toHaveURL(/\/env\/2\/issues$/);
  await expect(page).toHaveTitle(/Mobile/);
});

test('a deep link survives reload', browserOnly, async ({ page }) => {
  await page.goto('/env/2/suppression-rules');
  await expect(page.getByRole('heading', { level: 1, name: 'Suppression rules' })).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/env\/2\/suppression-rules$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Suppression rules' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Environment' })).toHaveText('Mobile');
});

test('an unknown page shows a not-found page with a way home', browserOnly, async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible();
  await page.getByRole('link', { name: /start page/i }).click();
  await expect(page).toHaveURL(/\/env\/1\//);
});

test('the API refuses requests without a key or session, as PostHog does', async ({ playwright, baseURL }) => {
  const bare = await playwright.request.newContext({ baseURL });
  const response = await bare.get('/api/projects/');
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ code: 'not_authenticated' });
  await bare.dispose();
});
