import { seriousViolations } from './support/axe';
import { withDatabase } from './support/database';
import { browserOnly, expect, test } from './fixtures';
import { chooseOption } from './support/select';

const countFingerprints = (dataDir: string) =>
  withDatabase(
    dataDir,
    (db) => (db.prepare('SELECT COUNT(*) AS n FROM fingerprints WHERE team_id = 1').get() as { n: number }).n,
  );

/**
 * One whose description no other issue's has or contains ("Failed to fetch" is part of "Failed to fetch dynamically
 * imported module…"), so a search for it offers that issue first.
 */
const sampleFingerprint = (dataDir: string) =>
  withDatabase(
    dataDir,
    (db) =>
      db
        .prepare(
          `SELECT f.fingerprint, i.id AS issueId, i.name, i.description,
             (SELECT COUNT(*) FROM fingerprints g WHERE g.issue_id = i.id) AS count
           FROM fingerprints f JOIN issues i ON i.id = f.issue_id
           WHERE f.team_id = 1 AND NOT EXISTS (
             SELECT 1 FROM issues o WHERE o.team_id = 1 AND o.id <> i.id AND instr(o.description, i.description) > 0)
           ORDER BY count DESC, f.fingerprint LIMIT 1`,
        )
        .get() as { fingerprint: string; issueId: string; name: string; description: string; count: number },
  );

test('fingerprints page through the server; page and size survive a reload', async ({ page, dataDir }) => {
  const total = countFingerprints(dataDir).toLocaleString('en');
  await page.goto('/env/1/fingerprints');
  await expect(page.getByText(`Showing 1–25 of ${total}`)).toBeVisible();
  await expect(page.getByText('Fingerprints cannot be deleted: they move between issues')).toBeVisible();
  const firstPage = await page.getByRole('rowheader').allTextContents();

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(`Showing 26–50 of ${total}`)).toBeVisible();
  await expect(page).toHaveURL(/\?page=2$/);
  expect(await page.getByRole('rowheader').allTextContents()).not.toEqual(firstPage);

  await chooseOption(page.getByRole('combobox', { name: 'Fingerprints per page' }), '100');
  await expect(page.getByText(`Showing 1–100 of ${total}`)).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(`Showing 101–200 of ${total}`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Showing 101–200 of ${total}`)).toBeVisible();
  await expect(page).toHaveURL(/\?size=100&page=2$/);
  await expect(page.getByRole('combobox', { name: 'Fingerprints per page' })).toHaveText('100');
});

test('filters by issue, and links to that issue once', browserOnly, async ({ page, dataDir }) => {
  const sample = sampleFingerprint(dataDir);
  await page.goto('/env/1/fingerprints');
  await page.getByRole('combobox', { name: 'Issue' }).fill(sample.description);
  await page.getByRole('option').filter({ hasText: sample.description }).click();
  await expect(page).toHaveURL(new RegExp(`\\?issue_id=${sample.issueId}$`));
  await expect(page.getByText(`Showing 1–${Math.min(sample.count, 25)} of ${sample.count}`)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Issue' })).toHaveValue(sample.name);
  // Every row would name the same issue: the list names it once, above.
  await expect(page.getByRole('row').filter({ hasText: sample.fingerprint }).getByRole('link')).toHaveCount(0);
  await page.getByText('Showing the fingerprints of').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/env/1/issues/${sample.issueId}$`));
  await expect(page.getByRole('heading', { level: 1, name: sample.name })).toBeVisible();
});

test('"Find fingerprint" opens the issue that holds it', async ({ page, dataDir }) => {
  const sample = sampleFingerprint(dataDir);
  await page.goto('/env/1/fingerprints');
  await page.getByRole('textbox', { name: 'Find fingerprint' }).fill(sample.fingerprint);
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/env/1/issues/${sample.issueId}$`));
  await expect(page.getByRole('heading', { level: 1, name: sample.name })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Fingerprints of this issue' })).toBeVisible();
});

test.describe('unknown fingerprints', browserOnly, () => {
  // The resolve endpoint answers 404 on purpose; the browser logs it.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('"Find fingerprint" says when no issue has it', async ({ page }) => {
    await page.goto('/env/1/fingerprints');
    const box = page.getByRole('textbox', { name: 'Find fingerprint' });
    await box.fill('no-such-fingerprint');
    await box.press('Enter');
    await expect(page.getByText('No issue has this fingerprint.')).toBeVisible();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/env\/1\/fingerprints$/);
  });
});

test('the fingerprints page has no serious accessibility violations', browserOnly, async ({ page }) => {
  await page.goto('/env/1/fingerprints');
  await expect(page.getByText(/^Showing 1–25 of/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
