import { shortId } from '../src/web/lib/short-id';
import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { withDatabase } from './support/database';
import { distinctIssues, type DistinctIssue } from './support/issues-data';
import { browserOnly, expect, test } from './fixtures';
import { chooseOption } from './support/select';

/** An issue's events are those of its fingerprints (merges and splits move them), as the server counts them. */
const hasEvents = `EXISTS (SELECT 1 FROM exception_events e
  LEFT JOIN fingerprints f ON f.team_id = e.team_id AND f.fingerprint = e.fingerprint
  WHERE e.team_id = i.team_id AND COALESCE(f.issue_id, e.issue_id) = i.id)`;

const unassignedIssues = (dataDir: string) =>
  withDatabase(dataDir, (db) =>
    (
      db
        .prepare(
          `SELECT i.name, i.description,
             (SELECT MIN(f.first_seen) FROM fingerprints f WHERE f.issue_id = i.id) AS first_seen
           FROM issues i WHERE i.team_id = 1 AND i.assignee IS NULL AND ${hasEvents}
           ORDER BY first_seen, i.id`,
        )
        .all() as { name: string; description: string }[]
    ).map((row) => `${row.name}${row.description}`),
  );

const fingerprintsOf = (dataDir: string, issueId: string) =>
  withDatabase(dataDir, (db) =>
    (
      db.prepare('SELECT fingerprint FROM fingerprints WHERE issue_id = ? ORDER BY created_at, id').all(issueId) as {
        fingerprint: string;
      }[]
    ).map((row) => row.fingerprint),
  );

const issueOfFingerprint = (dataDir: string, fingerprint: string) =>
  withDatabase(
    dataDir,
    (db) =>
      db
        .prepare('SELECT i.id, i.name FROM fingerprints f JOIN issues i ON i.id = f.issue_id WHERE f.fingerprint = ?')
        .get(fingerprint) as { id: string; name: string },
  );

const allDescriptions = (dataDir: string) =>
  withDatabase(dataDir, (db) =>
    (db.prepare('SELECT description FROM issues WHERE team_id = 1').all() as { description: string }[]).map(
      (row) => row.description,
    ),
  );

/**
 * Issues that share one name and each have a description no other issue has or contains (so a search for it offers
 * one option): told apart only by the rest.
 */
function namesakes(dataDir: string): [DistinctIssue, DistinctIssue, DistinctIssue] {
  const descriptions = allDescriptions(dataDir);
  const issues = distinctIssues(dataDir).filter(
    (issue) =>
      issue.fingerprints <= 8 &&
      descriptions.filter((description) => description.includes(issue.description)).length === 1,
  );
  const name = issues.find((issue) => issues.filter((other) => other.name === issue.name).length >= 3)?.name;
  const [a, b, c] = issues.filter((issue) => issue.name === name);
  expect(a && b && c, 'three small issues of one name with their own descriptions').toBeTruthy();
  return [a!, b!, c!];
}

const rowTexts = (page: Page) => page.getByRole('rowheader').allTextContents();

test.describe('issues triage', () => {
  test.beforeEach(({ resetData }) => resetData());
  test.afterEach(({ resetData }) => resetData());

  test(
    '"Unassigned" shows exactly the unassigned issues, sorts oldest first, and survives a reload',
    browserOnly,
    async ({ page, dataDir }) => {
      const expected = unassignedIssues(dataDir);
      expect(expected.length, 'several unassigned issues').toBeGreaterThan(5);

      await page.goto('/env/1/issues?seen=all&size=100');
      await expect(page.getByText(/^Showing 1–/)).toBeVisible();
      const assignee = page.getByRole('combobox', { name: 'Assignee' });
      await assignee.click();
      await page.getByRole('option', { name: 'Unassigned' }).click();
      await expect(page).toHaveURL(/[?&]assignee=none(&|$)/);
      await expect(assignee).toHaveValue('Unassigned');
      await expect(
        page
          .getByRole('note')
          .filter({ hasText: 'PostHog’s issue query cannot filter for issues without an assignee' }),
      ).toContainText('so this console read all');
      await expect(page.getByRole('rowheader')).toHaveCount(expected.length);
      expect((await rowTexts(page)).toSorted()).toEqual(expected.toSorted());
      await expect(page.getByRole('row').filter({ hasNotText: 'Nobody' })).toHaveCount(1);

      await chooseOption(page.getByRole('combobox', { name: 'Sort by' }), 'First seen, oldest first');
      await expect(page).toHaveURL(/[?&]order=first_seen&dir=asc(&|$)/);
      await expect(page.getByRole('rowheader').first()).toHaveText(expected[0]!);
      expect(await rowTexts(page)).toEqual(expected);

      await page.reload();
      await expect(page.getByRole('rowheader')).toHaveCount(expected.length);
      expect(await rowTexts(page)).toEqual(expected);
      await expect(page.getByRole('combobox', { name: 'Assignee' })).toHaveValue('Unassigned');
      await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveText('First seen, oldest first');
      expect(await seriousViolations(page)).toEqual([]);
    },
  );

  test(
    'issue pickers tell two issues of one name apart by description and short id',
    browserOnly,
    async ({ page, dataDir }) => {
      const [target, first, second] = namesakes(dataDir);
      await page.goto(`/env/1/issues/${target.id}`);
      await page.getByRole('button', { name: 'Merge issues into this one' }).click();
      const dialog = page.getByRole('dialog', { name: 'Merge issues into this one' });
      const picker = dialog.getByRole('combobox', { name: 'Issue to merge' });
      for (const issue of [first, second]) {
        await picker.fill(issue.description);
        const option = dialog.getByRole('option').filter({ hasText: issue.description });
        await expect(option).toContainText(`id ${shortId(issue.id)}`);
        await expect(option).toContainText(/first seen \w/);
        await option.click();
      }
      const picks = dialog.getByRole('list', { name: 'Issues to merge' }).getByRole('listitem');
      await expect(picks).toHaveCount(2);
      for (const [index, issue] of [first, second].entries()) {
        await expect(picks.nth(index)).toContainText(issue.name);
        await expect(picks.nth(index)).toContainText(issue.description);
        await expect(picks.nth(index)).toContainText(`${issue.fingerprints} fingerprint`);
        await expect(picks.nth(index)).toContainText(`id ${shortId(issue.id)}`);
      }
      expect(await seriousViolations(page)).toEqual([]);

      await dialog.getByRole('button', { name: 'Review merge' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Merge 2 issues into this one?' });
      await expect(confirm).toContainText(`will move into “${target.name}” (id ${shortId(target.id)})`);
      const doomed = confirm.getByRole('list', { name: 'Issues to delete' }).getByRole('listitem');
      await expect(doomed).toHaveCount(2);
      for (const [index, issue] of [first, second].entries()) {
        await expect(doomed.nth(index)).toContainText(issue.description);
        await expect(doomed.nth(index)).toContainText(`id ${shortId(issue.id)}`);
      }
      expect(await seriousViolations(page)).toEqual([]);
      await confirm.getByRole('button', { name: 'Cancel' }).click();

      await page.goto('/env/1/fingerprints');
      const filter = page.getByRole('combobox', { name: 'Issue' });
      await filter.fill(second.description);
      await page.getByRole('option').filter({ hasText: second.description }).click();
      await expect(page).toHaveURL(new RegExp(`\\?issue_id=${second.id}$`));
      await expect(filter).toHaveValue(second.name);
      await expect(filter).toHaveAccessibleDescription(
        new RegExp(`${second.fingerprints} fingerprints? · id ${shortId(second.id)}`),
      );
      await expect(page.getByRole('columnheader')).toHaveText(['Fingerprint', 'First seen']);
      await expect(page.getByText('Showing the fingerprints of')).toContainText(`${second.name} ${shortId(second.id)}`);
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto('/env/1/fingerprints');
      const owner = page.getByRole('row').nth(1).getByRole('link');
      await expect(owner).toHaveText(/^.+ [0-9a-f]{8}$/);
      await expect(owner).not.toHaveText(/^Issue /);
    },
  );

  test('split names each new issue on its own', browserOnly, async ({ page, dataDir }) => {
    const issue = distinctIssues(dataDir).find(
      (candidate) => candidate.fingerprints >= 3 && candidate.fingerprints <= 8,
    );
    expect(issue, 'an issue with a few fingerprints').toBeTruthy();
    const [one, two] = fingerprintsOf(dataDir, issue!.id);

    await page.goto(`/env/1/issues/${issue!.id}`);
    await page.getByRole('button', { name: 'Split fingerprints…' }).click();
    const split = page.getByRole('dialog', { name: 'Split fingerprints into new issues' });
    const first = split.getByRole('checkbox', { name: one!, exact: true });
    await expect(first).toHaveAccessibleDescription(/^first seen \w/);
    await first.check();
    await split.getByRole('checkbox', { name: two!, exact: true }).check();
    const names = split.getByRole('textbox', { name: /^New issue name for / });
    await expect(names).toHaveCount(2);
    await expect(names.nth(0)).toHaveValue(issue!.name);
    await expect(names.nth(1)).toHaveValue(issue!.name);
    await expect(split.getByText('2 new issues would keep this issue’s name')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await names.nth(0).fill(`${issue!.name} (first half)`);
    await names.nth(1).fill(`${issue!.name} (second half)`);
    await expect(split.getByText(/would keep this issue’s name/)).toHaveCount(0);
    await split.getByRole('button', { name: 'Split 2 fingerprints' }).click();
    await expect(page.getByText('Split 2 fingerprints into 2 new issues.')).toBeVisible();

    const [newOne, newTwo] = [issueOfFingerprint(dataDir, one!), issueOfFingerprint(dataDir, two!)];
    expect(newOne.name).toBe(`${issue!.name} (first half)`);
    expect(newTwo.name).toBe(`${issue!.name} (second half)`);
    expect(new Set([newOne.id, newTwo.id, issue!.id]).size).toBe(3);
    const banner = page.getByRole('status').filter({ hasText: 'New issues from the split' });
    await expect(banner.getByRole('link')).toHaveText([newOne.name, newTwo.name]);
  });
});

test('at 1440×900 at least 15 issues of the demo data show in full, one line each', browserOnly, async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/env/1/issues');
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const inView = await rows.evaluateAll(
    (all) =>
      all.filter((row) => {
        const box = row.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );
  expect(inView).toBeGreaterThanOrEqual(15);
  const heights = await rows.evaluateAll((all) => all.map((row) => row.getBoundingClientRect().height));
  expect(Math.max(...heights)).toBeLessThanOrEqual(44);
});
