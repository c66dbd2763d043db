import { browserOnly, expect, test } from './fixtures';
import { withDatabase } from './support/database';
import { failNext, faultMessage } from './support/faults';
import {
  addFilter,
  chooseAssignee,
  expectOrder,
  keyboardMoveDown,
  openDeleteDialog,
  openFreshRules,
  openNew,
  openRule,
  openRules,
  ruleKinds,
  ruleNameAt,
  ruleRows,
  save,
  shownIds,
  swap,
} from './support/rules-page';
import { chooseOption } from './support/select';

// One pattern: Playwright reads a two-item array in test.use() as [value, options].
test.use({ expectedConsoleErrors: [/status of 500|net::ERR_FAILED/] });

const kind = ruleKinds.assignment;

const rulesPath = /\/error_tracking\/assignment_rules\/?$/;
const rulePath = /\/error_tracking\/assignment_rules\/[0-9a-f-]{36}\/?$/;
const reorderPath = /\/error_tracking\/assignment_rules\/reorder\/?$/;
const issuePath = /\/error_tracking\/issues\/[0-9a-f-]{36}\/?$/;

const activeIssue = (dataDir: string) =>
  withDatabase(
    dataDir,
    (db) =>
      db
        .prepare("SELECT id, name FROM issues WHERE team_id = 1 AND status = 'active' AND name IS NOT NULL LIMIT 1")
        .get() as { id: string; name: string },
  );

for (const fault of ['server error', 'network failure'] as const) {
  test.describe(`a ${fault}`, browserOnly, () => {
    test('while creating a rule: the editor stays open with every value; Save again creates it once', async ({
      page,
      resetData,
    }) => {
      resetData();
      await openRules(page, kind);
      const dialog = await openNew(page, kind);
      await addFilter(dialog, 1, '$exception_types', 'QuotaExceededError');
      await chooseAssignee(dialog, 'Maya Okafor');
      const failed = await failNext(page, 'POST', rulesPath, fault);

      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog.getByRole('alert')).toHaveText(
        `Could not save the new assignment rule: ${faultMessage[fault]}`,
      );
      expect(failed()).toBe(1);
      await expect(dialog.getByText('QuotaExceededError', { exact: true })).toBeVisible();
      await expect(dialog.getByRole('combobox', { name: /^Assignee/ })).toHaveValue('Maya Okafor');
      await expect(ruleRows(page, kind)).toHaveCount(kind.count);

      await save(page, dialog, /^Created “QuotaExceededError → Maya Okafor” \(\w{8}\) at position 7\./);
      await page.reload();
      await openRules(page, kind, kind.count + 1);
      await expect(ruleRows(page, kind).filter({ hasText: 'QuotaExceededError' })).toHaveCount(1);
    });

    test('while saving an edit: the typed change stays; Save again saves it', async ({ page, resetData }) => {
      resetData();
      await openRules(page, kind);
      const name = await ruleNameAt(page, 2);
      const dialog = await openRule(page, kind, 2);
      await chooseAssignee(dialog, 'Daniel Brooks');
      const failed = await failNext(page, 'PATCH', rulePath, fault);

      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog.getByRole('alert')).toHaveText(`Could not save ${name}: ${faultMessage[fault]}`);
      expect(failed()).toBe(1);
      await expect(dialog.getByRole('combobox', { name: /^Assignee/ })).toHaveValue('Daniel Brooks');
      await expect(ruleRows(page, kind).nth(1)).toContainText('Priya Raman');

      await save(page, dialog, `Saved ${name}.`);
      await expect(ruleRows(page, kind).nth(1)).toContainText('Daniel Brooks');
      await page.reload();
      await openRules(page, kind);
      await expect(ruleRows(page, kind).nth(1)).toContainText('Daniel Brooks');
    });

    test('while deleting a rule: it stays listed and the dialog says why; confirming again deletes it', async ({
      page,
      resetData,
    }) => {
      const before = await openFreshRules(page, kind, resetData);
      const failed = await failNext(page, 'DELETE', rulePath, fault);
      const name = await ruleNameAt(page, 3);

      const confirm = await openDeleteDialog(page, kind, 3);
      await confirm.getByRole('button', { name: 'Delete rule' }).click();
      await expect(confirm.getByRole('alert')).toHaveText(faultMessage[fault]);
      expect(failed()).toBe(1);
      expect(await shownIds(page)).toEqual(before);

      await confirm.getByRole('button', { name: 'Delete rule' }).click();
      await expect(page.getByText(`Deleted ${name}.`)).toBeVisible();
      const after = before.filter((_, index) => index !== 2);
      await expectOrder(page, kind, after);
    });

    test('while changing an issue’s status: the select goes back to the saved status; changing again saves', async ({
      page,
      dataDir,
      resetData,
    }) => {
      resetData();
      const issue = activeIssue(dataDir);
      await page.goto(`/env/1/issues/${issue.id}`);
      const status = page.getByRole('combobox', { name: 'Status' });
      await expect(status).toHaveText('Active');
      const failed = await failNext(page, 'PATCH', issuePath, fault);

      await chooseOption(status, 'Resolved');
      await expect(page.getByRole('alert')).toContainText(`Could not change the status: ${faultMessage[fault]}`);
      expect(failed()).toBe(1);
      await expect(status).toHaveText('Active');

      await chooseOption(status, 'Resolved');
      await expect(page.getByText('Status changed to Resolved.')).toBeVisible();
      await page.reload();
      await expect(page.getByRole('combobox', { name: 'Status' })).toHaveText('Resolved');
    });

    test('while reordering: the list moves back and says why; the next drop is saved', async ({ page, resetData }) => {
      const before = await openFreshRules(page, kind, resetData);
      const failed = await failNext(page, 'PATCH', reorderPath, fault);
      const name = await ruleNameAt(page, 2);

      await keyboardMoveDown(page, 2, kind.count);
      await expect(page.getByRole('alert')).toContainText(`Could not move ${name}: ${faultMessage[fault]}`);
      expect(failed()).toBe(1);
      await expect.poll(() => shownIds(page)).toEqual(before);

      await keyboardMoveDown(page, 2, kind.count);
      await expect(page.getByText(`Moved ${name} to position 3.`)).toBeVisible();
      const after = swap(before, 1, 2);
      await expectOrder(page, kind, after);
    });
  });
}

test.describe('an answer lost after the server acted', () => {
  // A second delete of the rule the lost answer already deleted meets a 404.
  test.use({ expectedConsoleErrors: [/status of 404|net::ERR_FAILED/] });

  test('on a reorder: the person is told, and the list then shows the order the server holds', async ({
    page,
    resetData,
  }) => {
    const before = await openFreshRules(page, kind, resetData);
    await failNext(page, 'PATCH', reorderPath, 'lost answer');
    const name = await ruleNameAt(page, 2);

    await keyboardMoveDown(page, 2, kind.count);
    await expect(page.getByRole('alert')).toContainText(`Could not move ${name}: ${faultMessage['lost answer']}`);
    const saved = swap(before, 1, 2);
    // Rolled back at first, then refetched: the screen ends on the server's order, not on a guess.
    await expectOrder(page, kind, saved);
  });

  test('on a delete: the rule leaves the list once the list is refetched, and a second try is not an error', async ({
    page,
    resetData,
  }) => {
    const before = await openFreshRules(page, kind, resetData);
    await failNext(page, 'DELETE', rulePath, 'lost answer');
    const name = await ruleNameAt(page, 3);

    const confirm = await openDeleteDialog(page, kind, 3);
    await confirm.getByRole('button', { name: 'Delete rule' }).click();
    await expect(confirm.getByRole('alert')).toHaveText(faultMessage['lost answer']);
    const after = before.filter((_, index) => index !== 2);
    await expect.poll(() => shownIds(page)).toEqual(after);

    // The rule is already gone (404): what the person asked for is true.
    await confirm.getByRole('button', { name: 'Delete rule' }).click();
    await expect(page.getByText(`Deleted ${name}.`)).toBeVisible();
    await expectOrder(page, kind, after);
  });
});
