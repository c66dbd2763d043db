import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { withDatabase } from './support/database';
import { orderKeys, ruleContents } from './support/rules-data';
import { openDeleteDialog, openRules, ruleKinds, ruleNameAt, rowAt } from './support/rules-page';

const assignment = ruleKinds.assignment;

function recordRuleRequests(page: Page) {
  const methods: string[] = [];
  page.on('request', (request) => {
    if (/\/error_tracking\/assignment_rules\//.test(new URL(request.url()).pathname)) methods.push(request.method());
  });
  return methods;
}

// Titles, not names: a re-created rule has a new id.
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const shownSummaries = (page: Page) =>
  page.locator('.rule-row__title-text').evaluateAll((titles) => titles.map((title) => title.textContent));

async function undo(page: Page, deleted: string, restored: string | RegExp) {
  await page.getByRole('status').filter({ hasText: deleted }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: restored })).toBeVisible();
}

test('Undo of a delete puts the rules back where they were, with their filters and assignees', async ({
  page,
  resetData,
  dataDir,
}) => {
  resetData();
  const stored = () => withDatabase(dataDir, (db) => ruleContents(db, 'assignment'));
  const distinctKeys = () =>
    withDatabase(dataDir, (db) => new Set(Object.values(orderKeys(db, 'assignment'))).size === assignment.count);
  const original = stored();
  await openRules(page, assignment);
  const summaries = await shownSummaries(page);
  const requests = recordRuleRequests(page);

  const name = await ruleNameAt(page, 2);
  const dialog = await openDeleteDialog(page, assignment, 2);
  await dialog.getByRole('button', { name: 'Delete rule' }).click();
  await expect(page.getByRole('article')).toHaveCount(assignment.count - 1);
  requests.length = 0;
  await undo(page, `Deleted ${name}.`, new RegExp(`^Restored “${escapeRegExp(summaries[1]!)}” \\(\\w{8}\\)\\.`));
  expect(requests.filter((method) => method !== 'GET')).toEqual(['POST']);
  expect(stored()).toEqual(original);
  await expect.poll(() => shownSummaries(page)).toEqual(summaries);

  await rowAt(page, 2)
    .getByRole('checkbox', { name: /^Select “/ })
    .check();
  await rowAt(page, 5)
    .getByRole('checkbox', { name: /^Select “/ })
    .check();
  await page.getByRole('button', { name: 'Delete 2' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete 2 rules' }).click();
  await expect(page.getByRole('article')).toHaveCount(assignment.count - 2);
  requests.length = 0;
  await undo(page, 'Deleted 2 assignment rules.', 'Restored 2 assignment rules.');
  // Assignment rules are created at their old order_key: already in place, no reorder.
  expect(requests.filter((method) => method !== 'GET')).toEqual(['POST', 'POST']);
  expect(stored()).toEqual(original);
  expect(distinctKeys()).toBe(true);
  await page.reload();
  await openRules(page, assignment);
  expect(await shownSummaries(page)).toEqual(summaries);
});
