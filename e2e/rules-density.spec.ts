import type { Page } from '@playwright/test';
import { browserOnly, expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { withDatabase } from './support/database';
import { loadAssignmentRules } from './support/rules-data';
import {
  actionsAt,
  addFilter,
  chooseAssignee,
  keyboardMoveDown,
  openFreshRules,
  openNew,
  openRule,
  openRules,
  ruleKinds,
  ruleNameAt,
  ruleRows,
  rowAt,
  save,
  shownIds,
} from './support/rules-page';

test.use({ viewport: { width: 1440, height: 900 } });

const assignment = ruleKinds.assignment;
const suppression = ruleKinds.suppression;

/** How many rule rows lie wholly inside the window. */
const rowsInView = (page: Page) =>
  ruleRows(page, assignment).evaluateAll(
    (rows) =>
      rows.filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );

test.describe('density', browserOnly, () => {
  test('at 1440×900 at least 12 rules show in full, one line each; comfortable is remembered', async ({
    page,
    dataDir,
    resetData,
  }) => {
    resetData();
    withDatabase(dataDir, (db) => loadAssignmentRules(db, 30));
    await openRules(page, assignment, 30);

    await expect(page.locator('html')).toHaveAttribute('data-density', 'compact');
    const inView = await rowsInView(page);
    test.info().annotations.push({ type: 'rows in view', description: String(inView) });
    expect(inView).toBeGreaterThanOrEqual(12);
    const heights = await ruleRows(page, assignment).evaluateAll((rows) =>
      rows.map((row) => row.getBoundingClientRect().height),
    );
    expect(Math.max(...heights)).toBeLessThanOrEqual(52);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('group', { name: 'Row density' }).getByRole('button', { name: 'Comfortable' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-density', 'comfortable');
    await expect.poll(() => rowsInView(page)).toBeLessThan(12);
    await page.reload();
    await openRules(page, assignment, 30);
    await expect(page.locator('html')).toHaveAttribute('data-density', 'comfortable');
    await expect(
      page.getByRole('group', { name: 'Row density' }).getByRole('button', { name: 'Comfortable' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  test('a row opens its details (every filter, when it was created) from its disclosure, by keyboard too', async ({
    page,
    resetData,
  }) => {
    resetData();
    await openRules(page, assignment);
    const name = await ruleNameAt(page, 3);
    const disclosure = rowAt(page, 3).getByRole('button', { name: `Details of ${name}` });
    await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await disclosure.focus();
    await page.keyboard.press('Enter');
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    const details = page.getByRole('region', { name: `Details of ${name}` });
    await expect(details).toContainText('Exception message contains Failed to fetch');
    await expect(details).toContainText(/Created .+ ago/);
    await page.keyboard.press('Space');
    await expect(details).toBeHidden();
  });
});

test.describe('rules that match everything ask first', browserOnly, () => {
  test('a suppression rule that drops every exception: Cancel keeps the editor, Save anyway saves', async ({
    page,
    resetData,
  }) => {
    resetData();
    await openRules(page, suppression);
    const name = await ruleNameAt(page, 2);
    const dialog = await openRule(page, suppression, 2);
    await dialog.getByRole('button', { name: /^Remove filter 1/ }).click();
    await dialog.getByRole('spinbutton', { name: /Sampling rate/ }).fill('100');
    await dialog.getByRole('button', { name: 'Save' }).click();

    const warning = page.getByRole('alertdialog', { name: 'Drop every exception?' });
    await expect(warning).toContainText('This drops every exception in Web app');
    expect(await seriousViolations(page)).toEqual([]);
    await warning.getByRole('button', { name: 'Cancel' }).click();
    await expect(warning).toBeHidden();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('spinbutton', { name: /Sampling rate/ })).toHaveValue('100');
    await expect(dialog.getByText('No filters yet: the rule matches every exception.')).toBeVisible();
    await expect(rowAt(page, 2)).toContainText('Non-Error promise rejection captured');

    await dialog.getByRole('button', { name: 'Save' }).click();
    await warning.getByRole('button', { name: 'Save anyway' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: `Saved ${name}.` })).toBeVisible();
    await expect(rowAt(page, 2)).toContainText('Matches every exception');
    await expect(rowAt(page, 2)).toContainText('Drops 100% of matches');
  });

  test('an assignment rule without filters above others says who gets everything and which rules never run', async ({
    page,
    resetData,
  }) => {
    resetData();
    await openRules(page, assignment);
    const name = await ruleNameAt(page, 1);
    const dialog = await openRule(page, assignment, 1);
    await dialog.getByRole('button', { name: /^Remove filter 1/ }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();

    const warning = page.getByRole('alertdialog', { name: 'Send every new issue to Frontend?' });
    await expect(warning).toContainText(
      'every new issue in Web app will go to Frontend, and the 5 rules below it never run.',
    );
    await warning.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeVisible();
    await expect(rowAt(page, 1)).toContainText('ChunkLoadError');

    await dialog.getByRole('button', { name: 'Save' }).click();
    await warning.getByRole('button', { name: 'Save anyway' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved ${name}.` })).toBeVisible();
    await expect(rowAt(page, 1)).toContainText('Every exception → Frontend');
  });
});

test.describe('a new rule shows where it landed', browserOnly, () => {
  test('a created rule at the end of a long list is scrolled to, marked and focused', async ({
    page,
    dataDir,
    resetData,
  }) => {
    resetData();
    withDatabase(dataDir, (db) => loadAssignmentRules(db, 40));
    await openRules(page, assignment, 40);
    const dialog = await openNew(page, assignment);
    await addFilter(dialog, 1, '$exception_types', 'QuotaExceededError');
    await chooseAssignee(dialog, 'Maya Okafor');
    await save(page, dialog, /^Created “QuotaExceededError → Maya Okafor” \(\w{8}\) at position 41\./);

    const row = rowAt(page, 41);
    await expect(row).toBeInViewport();
    await expect(row).toContainText('QuotaExceededError');
    await expect(row.getByText('New', { exact: true })).toBeVisible();
    await expect(row.locator('a.rule-row__title')).toBeFocused();
    // This tab's own rule: not reported as someone else's change.
    await expect(page.getByText(/^Updated from the server/)).toHaveCount(0);
  });

  test('a duplicate goes right after its original and is shown there', async ({ page, resetData }) => {
    resetData();
    await openRules(page, assignment);
    const before = await shownIds(page);
    const name = await ruleNameAt(page, 2);
    await actionsAt(page, 2).click();
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();

    const title = name.slice(0, name.lastIndexOf(' ('));
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: new RegExp(`as ${title} \\(\\w{8}\\), right after it at position 3\\.`) }),
    ).toBeVisible();
    await expect.poll(async () => (await shownIds(page)).length).toBe(assignment.count + 1);
    const after = await shownIds(page);
    expect([after[0], after[1], ...after.slice(3)]).toEqual(before);
    await expect(rowAt(page, 3).getByText('New', { exact: true })).toBeVisible();
    await expect(rowAt(page, 3).locator('a.rule-row__title')).toBeFocused();
    await page.reload();
    await openRules(page, assignment, assignment.count + 1);
    expect(await shownIds(page)).toEqual(after);
  });
});

test(
  'the last row’s menu opens within the window, above a toast, and its items can be clicked',
  browserOnly,
  async ({ page, resetData }) => {
    const before = await openFreshRules(page, assignment, resetData);
    const last = before.length;
    await keyboardMoveDown(page, 1, last);
    await expect(page.getByRole('status').filter({ hasText: /^Moved / })).toBeVisible();

    await actionsAt(page, last - 1).click();
    const item = page.getByRole('menuitem', { name: 'Delete…' });
    await expect(item).toBeVisible();
    const box = (await page.getByRole('menu').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    // Nothing (a toast) lies over the item: the point at its centre is the item itself.
    const onTop = await item.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      return hit !== null && element.contains(hit);
    });
    expect(onTop).toBe(true);
  },
);
