import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { withDatabase } from './support/database';
import { distinctIssues } from './support/issues-data';
import { browserOnly, expect, test } from './fixtures';
import { chooseOption, optionNames } from './support/select';

const fingerprintsOf = (dataDir: string, issueId: string) =>
  withDatabase(dataDir, (db) =>
    (
      db.prepare('SELECT fingerprint FROM fingerprints WHERE issue_id = ? ORDER BY created_at, id').all(issueId) as {
        fingerprint: string;
      }[]
    ).map((row) => row.fingerprint),
  );

const issueFingerprints = (page: Page) => page.getByRole('list', { name: 'Fingerprints of this issue' });

test.describe('merge and split', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('merges two issues and the fingerprints move; splits one back out', async ({ page, dataDir, resetData }) => {
    resetData();
    const [target, source] = distinctIssues(dataDir).filter(
      (issue) => issue.fingerprints >= 2 && issue.fingerprints <= 8,
    );
    expect(target && source, 'two small issues with distinct descriptions').toBeTruthy();
    const moving = fingerprintsOf(dataDir, source!.id);
    const total = target!.fingerprints + source!.fingerprints;

    await page.goto(`/env/1/issues/${target!.id}`);
    await expect(page.getByRole('heading', { level: 1, name: target!.name })).toBeVisible();
    await expect(page.getByText(`Showing 1–${target!.fingerprints} of ${target!.fingerprints}`)).toBeVisible();

    await page.getByRole('button', { name: 'Merge issues into this one' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge issues into this one' });
    await dialog.getByRole('combobox', { name: 'Issue to merge' }).fill(source!.description);
    await dialog.getByRole('option').filter({ hasText: source!.description }).click();
    await expect(dialog.getByRole('list', { name: 'Issues to merge' })).toContainText(source!.name);
    await expect(
      dialog.getByText(`${source!.fingerprints} fingerprints from 1 issue will move into this issue.`),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Review merge' }).click();

    const confirm = page.getByRole('alertdialog', { name: 'Merge 1 issue into this one?' });
    await expect(confirm).toContainText(`${source!.fingerprints} fingerprints will move into “${target!.name}”`);
    await confirm.getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByText(`Merged 1 issue; ${source!.fingerprints} fingerprints moved.`)).toBeVisible();
    await expect(page.getByText(`Showing 1–${total} of ${total}`)).toBeVisible();
    for (const fingerprint of moving) {
      await expect(issueFingerprints(page).getByText(fingerprint, { exact: true })).toBeVisible();
    }

    await page.getByRole('button', { name: 'Split fingerprints…' }).click();
    const split = page.getByRole('dialog', { name: 'Split fingerprints into new issues' });
    await split.getByRole('checkbox', { name: moving[0]!, exact: true }).check();
    await split.getByRole('textbox', { name: 'New issue name' }).fill('Split back out');
    await split.getByRole('button', { name: 'Split 1 fingerprint' }).click();
    await expect(page.getByText('Split 1 fingerprint into 1 new issue.')).toBeVisible();
    await expect(page.getByText(`Showing 1–${total - 1} of ${total - 1}`)).toBeVisible();
    await expect(issueFingerprints(page).getByText(moving[0]!, { exact: true })).toHaveCount(0);

    await page.getByRole('status').getByRole('link', { name: 'Split back out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Split back out' })).toBeVisible();
    await expect(issueFingerprints(page).getByRole('listitem')).toHaveCount(1);
    await expect(issueFingerprints(page)).toContainText(moving[0]!);

    await page.goto(`/env/1/issues/${source!.id}`);
    await expect(page.getByText('This issue no longer exists')).toBeVisible();
    await page.getByRole('link', { name: 'Back to the issues list' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Issues' })).toBeVisible();
  });
});

const rowTexts = (page: Page) => page.getByRole('rowheader').allTextContents();

const issueTexts = (dataDir: string, where: string, ...params: unknown[]) =>
  withDatabase(dataDir, (db) =>
    (
      db.prepare(`SELECT name, description FROM issues WHERE team_id = 1 AND ${where}`).all(...params) as {
        name: string;
        description: string;
      }[]
    ).map((row) => `${row.name}${row.description}`),
  );

/** The event properties PostHog's issue search looks in. */
const searchedProperties = ['$exception_types', '$exception_values', '$exception_sources', '$exception_functions'];

const busiestUser = (dataDir: string) =>
  withDatabase(
    dataDir,
    (db) =>
      db
        .prepare(
          `SELECT u.id, u.first_name || ' ' || u.last_name AS name, COUNT(*) AS n FROM issues i
           JOIN users u ON json_extract(i.assignee, '$.type') = 'user' AND json_extract(i.assignee, '$.id') = u.id
           WHERE i.team_id = 1 AND i.status = 'active' GROUP BY u.id HAVING n <= 25 ORDER BY n DESC, u.id LIMIT 1`,
        )
        .get() as { id: number; name: string; n: number },
  );

test('status + assignee filters and a search show exactly the matching issues, and survive a reload', async ({
  page,
  dataDir,
}) => {
  const owner = busiestUser(dataDir);
  const expected = issueTexts(
    dataDir,
    `status = 'active' AND json_extract(assignee, '$.type') = 'user' AND json_extract(assignee, '$.id') = ?`,
    owner.id,
  );
  expect(expected.length, 'an owner of several active issues').toBeGreaterThan(1);

  await page.goto('/env/1/issues');
  await chooseOption(page.getByRole('combobox', { name: 'Seen in' }), 'All time');
  await chooseOption(page.getByRole('combobox', { name: 'Status' }), 'Active');
  await page.getByRole('combobox', { name: 'Assignee' }).fill(owner.name.split(' ')[0]!);
  await page.getByRole('option', { name: new RegExp(owner.name) }).click();
  await expect(page).toHaveURL(new RegExp(`\\?seen=all&status=active&assignee=user%3A${owner.id}$`));
  await expect(page.getByRole('rowheader')).toHaveCount(expected.length);
  expect((await rowTexts(page)).toSorted()).toEqual(expected.toSorted());
  for (const status of await page.getByRole('row').locator('.issue-status').allTextContents())
    expect(status).toBe('Active');

  await page.reload();
  await expect(page.getByRole('rowheader')).toHaveCount(expected.length);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveText('Active');

  // As in PostHog, a search matches the exceptions' types, messages, sources and functions, not the issue's name.
  const found = issueTexts(
    dataDir,
    `id IN (SELECT f.issue_id FROM fingerprints f JOIN exception_events e
       ON e.team_id = f.team_id AND e.fingerprint = f.fingerprint
       WHERE f.team_id = 1 AND (${searchedProperties.map((key) => `instr(lower(json_extract(e.properties, '$."${key}"')), 'chunk') > 0`).join(' OR ')}))`,
  );
  expect(found.length, 'a few issues have exceptions about "chunk"').toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('searchbox', { name: 'Search by name' }).fill('chunk');
  await expect(page).toHaveURL(/\?seen=all&q=chunk$/);
  await expect(page.getByRole('rowheader')).toHaveCount(found.length);
  expect((await rowTexts(page)).toSorted()).toEqual(found.toSorted());
});

test('"Seen in" keeps only the issues seen in that window', async ({ page }) => {
  await page.goto('/env/1/issues?seen=all');
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveText('Last seen, newest first');
  await expect(page.getByRole('rowheader').first()).toBeVisible();
  const allTime = await page.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      text: row.querySelector('th')?.textContent ?? '',
      seen: row.querySelector('td:nth-of-type(3) time')?.getAttribute('datetime') ?? '',
    })),
  );
  const cutoff = Date.now() - 24 * 3_600_000;
  const recent = allTime.filter((row) => Date.parse(row.seen) >= cutoff).map((row) => row.text);
  expect(recent.length, 'some issues on the first page were last seen more than 24 hours ago').toBeLessThan(
    allTime.length,
  );

  await chooseOption(page.getByRole('combobox', { name: 'Seen in' }), 'Last 24 hours');
  await expect(page).toHaveURL(/\?seen=24h$/);
  if (recent.length === 0) {
    await expect(page.getByText('No issues in Web app were seen in last 24 hours.')).toBeVisible();
  } else {
    await expect(page.getByRole('rowheader')).toHaveCount(recent.length);
    expect(await rowTexts(page)).toEqual(recent);
  }
});

test.describe('an issue PostHog sends in a shape the dashboard cannot read', () => {
  test.afterEach(({ resetData }) => resetData());

  test('shows as unreadable in its row while the other rows work', async ({ page, dataDir, resetData }) => {
    resetData();
    const newest = withDatabase(
      dataDir,
      (db) =>
        db.prepare('SELECT id FROM issues WHERE team_id = 1 ORDER BY first_seen DESC LIMIT 1').get() as { id: string },
    );
    withDatabase(dataDir, (db) => db.prepare("UPDATE issues SET status = 'on_fire' WHERE id = ?").run(newest.id));

    await page.goto('/env/1/issues?seen=all&order=first_seen');
    const unreadable = page.getByRole('group', { name: `Unreadable issue ${newest.id}` });
    await expect(unreadable).toContainText('status: "on_fire" is not a valid choice.');
    await unreadable.getByText('Show the raw record').click();
    await expect(unreadable.locator('pre')).toContainText('"on_fire"');
    await expect(page.getByRole('rowheader')).toHaveCount(24);
    const link = page.getByRole('rowheader').first().getByRole('link');
    const name = (await link.textContent()) ?? '';
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  });
});

test('the status menu offers exactly the statuses PostHog lets the API set', browserOnly, async ({ page, dataDir }) => {
  const active = withDatabase(
    dataDir,
    (db) => db.prepare("SELECT id FROM issues WHERE team_id = 1 AND status = 'active' LIMIT 1").get() as { id: string },
  );
  await page.goto(`/env/1/issues/${active.id}`);
  const status = page.getByRole('combobox', { name: 'Status' });
  await expect(status).toHaveText('Active');
  expect(await optionNames(status)).toEqual(['Active', 'Resolved', 'Suppressed']);
});

test(
  'the issues list and an issue page have no serious accessibility violations',
  browserOnly,
  async ({ page, dataDir }) => {
    await page.goto('/env/1/issues?seen=all');
    await expect(page.getByText(/^Showing 1–25/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    const [issue] = distinctIssues(dataDir).filter((row) => row.fingerprints >= 2);
    await page.goto(`/env/1/issues/${issue!.id}`);
    await expect(page.getByRole('heading', { level: 1, name: issue!.name })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Fingerprints of this issue' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Grouping rules' }).getByRole('status')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Merge issues into this one' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge issues into this one' });
    await dialog.getByRole('combobox', { name: 'Issue to merge' }).fill('error');
    await dialog.getByRole('option').first().click();
    await expect(dialog.getByText(/will move into this issue/)).toBeVisible();
    // With the option list closed: axe reads the open popup as a scrollable region nobody can reach (a false positive).
    expect(await seriousViolations(page)).toEqual([]);
  },
);
