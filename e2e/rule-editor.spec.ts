import { browserOnly, expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import {
  addFilter,
  chooseAssignee,
  openNew,
  openRule,
  openRules,
  ruleKinds,
  ruleNameAt,
  ruleRows,
  rowAt,
  save,
} from './support/rules-page';
import { withDatabase } from './support/database';
import { insertRule, orderKeys, storedRule } from './support/rules-data';

// As PostHog may store them: an operator the dashboard does not offer and an empty leaf, keys in PostHog's order.
const unknownOperatorLeaf =
  '{"operator":"is_cleaned_path_exact","value":"/checkout/:id","type":"event","key":"$pathname"}';
const storedFilters = `{"type":"AND","values":[{"key":"$exception_types","type":"event","operator":"exact","value":["TypeError"]},${unknownOperatorLeaf},{}]}`;

test.describe('assignment rules', () => {
  const kind = ruleKinds.assignment;

  test('creates a rule with the builder and the picker; it is listed last and survives reload', async ({
    page,
    resetData,
  }) => {
    resetData();
    await openRules(page, kind);
    const dialog = await openNew(page, kind);
    await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
    await addFilter(dialog, 1, '$exception_types', 'QuotaExceededError');
    await chooseAssignee(dialog, 'Maya Okafor');
    await save(page, dialog, /^Created “QuotaExceededError → Maya Okafor” \(\w{8}\) at position 7\./);

    await expect(ruleRows(page, kind)).toHaveCount(7);
    await expect(ruleRows(page, kind).last()).toContainText('QuotaExceededError');
    await expect(ruleRows(page, kind).last()).toContainText('Maya Okafor');
    await page.reload();
    await expect(ruleRows(page, kind)).toHaveCount(7);
    await expect(ruleRows(page, kind).last()).toContainText('QuotaExceededError');
  });

  test('edits a rule; a deep link to it opens the saved values after reload', async ({ page, resetData }) => {
    resetData();
    await openRules(page, kind);
    const name = await ruleNameAt(page, 2);
    const dialog = await openRule(page, kind, 2);
    await expect(dialog.getByRole('combobox', { name: /^Assignee/ })).toHaveValue('Priya Raman');
    await chooseAssignee(dialog, 'Daniel Brooks');
    await save(page, dialog, `Saved ${name}.`);
    await expect(ruleRows(page, kind).nth(1)).toContainText('Daniel Brooks');

    await rowAt(page, 2).locator('a.rule-row__title').click();
    await expect(page).toHaveURL(/\/env\/1\/assignment-rules\/[0-9a-f-]{36}$/);
    await page.reload();
    // Its title follows what it does now: the same id, the new assignee.
    const reopened = page.getByRole('dialog', {
      name: `Edit assignment rule ${name.replace('Priya Raman', 'Daniel Brooks')}`,
    });
    await expect(reopened.getByRole('combobox', { name: /^Assignee/ })).toHaveValue('Daniel Brooks');
    await expect(reopened.getByRole('combobox', { name: 'Property for filter 1' })).toHaveValue('URL');
  });

  test('a rule with an unknown operator and a {} leaf survives edits untouched, byte for byte', async ({
    page,
    resetData,
    dataDir,
  }) => {
    resetData();
    const id = withDatabase(dataDir, (db) =>
      insertRule(db, { kind: 'assignment', filters: storedFilters, orderKey: 100, assignee: '{"type":"user","id":1}' }),
    );
    await openRules(page, kind, kind.count + 1);
    const row = ruleRows(page, kind).last();
    await expect(row).toContainText(`Not editable here: ${unknownOperatorLeaf}`);
    await expect(row).toContainText('Not editable here: {}');

    let dialog = await openRule(page, kind, kind.count + 1);
    await expect(dialog.getByText('Not editable here:')).toHaveCount(2);
    await chooseAssignee(dialog, 'Daniel Brooks');
    await save(page, dialog, new RegExp(`^Saved “.+” \\(${id.slice(-8)}\\)\\.`));
    expect(withDatabase(dataDir, (db) => storedRule(db, id).filters)).toBe(storedFilters);

    await openRules(page, kind, kind.count + 1);
    dialog = await openRule(page, kind, kind.count + 1);
    await dialog.getByRole('textbox', { name: 'Add value to filter 1' }).fill('RangeError');
    await dialog.getByRole('textbox', { name: 'Add value to filter 1' }).press('Enter');
    await save(page, dialog, new RegExp(`^Saved “.+” \\(${id.slice(-8)}\\)\\.`));
    const filters = withDatabase(dataDir, (db) => storedRule(db, id).filters);
    expect(filters).toContain(`"value":["TypeError","RangeError"]},${unknownOperatorLeaf},{}]}`);
  });

  test(
    'deletes a rule from the editor after a confirmation that names it',
    browserOnly,
    async ({ page, resetData }) => {
      resetData();
      await openRules(page, kind);
      const name = await ruleNameAt(page, 4);
      const dialog = await openRule(page, kind, 4);
      await dialog.getByRole('button', { name: 'Delete rule' }).click();
      const confirm = page.getByRole('alertdialog', { name: `Delete assignment rule ${name}?` });
      await expect(confirm).toContainText('Exception message matches regex ^Maximum call stack');
      await confirm.getByRole('button', { name: 'Delete rule' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(page.getByText(`Deleted ${name}.`)).toBeVisible();
      await expect(ruleRows(page, kind)).toHaveCount(5);
      await page.reload();
      await expect(ruleRows(page, kind)).toHaveCount(5);
      await expect(page.getByText('Maximum call stack')).toHaveCount(0);
    },
  );

  test('a disabled rule shows why, and saving it (once fixed) re-enables it', async ({ page, resetData }) => {
    resetData();
    await openRules(page, kind);
    const row = ruleRows(page, kind).nth(4);
    await expect(row.getByText('Disabled', { exact: true })).toBeVisible();
    const name = await ruleNameAt(page, 5);
    const dialog = await openRule(page, kind, 5);
    const banner = dialog.getByRole('note', { name: 'This rule is disabled' });
    await expect(banner).toContainText('invalid regex: missing closing ]');
    await expect(banner).toContainText('Saving re-enables this rule.');
    const value = dialog.getByRole('textbox', { name: 'Value for filter 1' });
    await expect(value).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('Fix 1 error to save')).toBeVisible();

    await value.fill('assets/vendor-[a-f0-9]+\\.js$');
    await save(page, dialog, `Saved ${name}.`);
    await expect(row.getByText('Disabled', { exact: true })).toHaveCount(0);
    await page.reload();
    await expect(ruleRows(page, kind)).toHaveCount(kind.count);
    await expect(page.getByText('Disabled', { exact: true })).toHaveCount(0);
  });

  test('asks before discarding unsaved changes, and closes to the list without them', browserOnly, async ({ page }) => {
    await openRules(page, kind);
    const dialog = await openRule(page, kind, 1);
    await dialog.getByRole('combobox', { name: /^Assignee/ }).focus();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/env\/1\/assignment-rules$/);

    const again = await openRule(page, kind, 1);
    await again.getByRole('textbox', { name: 'Add value to filter 1' }).fill('SecurityError');
    await again.getByRole('textbox', { name: 'Add value to filter 1' }).press('Enter');
    await page.keyboard.press('Escape');
    const prompt = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await prompt.getByRole('button', { name: 'Keep editing' }).click();
    await expect(again.getByText('SecurityError', { exact: true })).toBeVisible();

    await again.getByRole('button', { name: 'Cancel' }).click();
    await prompt.getByRole('button', { name: 'Discard changes' }).click();
    await expect(page).toHaveURL(/\/env\/1\/assignment-rules$/);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByText('SecurityError')).toHaveCount(0);
  });

  test.describe('a rule that does not exist', browserOnly, () => {
    test.use({ expectedConsoleErrors: [/status of 404/] });

    test('says so, with a way back', async ({ page }) => {
      await page.goto('/env/1/assignment-rules/0190f4c4-0000-7000-8000-00000000dead');
      const dialog = page.getByRole('dialog', { name: 'Edit assignment rule' });
      await expect(dialog.getByText('This rule no longer exists')).toBeVisible();
      await dialog.getByRole('button', { name: 'Back to the list' }).click();
      await expect(page).toHaveURL(/\/env\/1\/assignment-rules$/);
      await expect(ruleRows(page, kind)).toHaveCount(kind.count);
    });
  });
});

test.describe('grouping rules', () => {
  const kind = ruleKinds.grouping;

  test('creates a rule with a description at the end, where it really runs; it survives reload', async ({
    page,
    resetData,
    dataDir,
  }) => {
    resetData();
    await openRules(page, kind);
    const dialog = await openNew(page, kind);
    await addFilter(dialog, 1, '$exception_values', 'Script error', 'icontains');
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Cross-origin script errors carry no detail.');
    await save(page, dialog, /^Created “Cross-origin script errors carry no detail\.” \(\w{8}\) at position 4\./);

    await expect(ruleRows(page, kind)).toHaveCount(4);
    // PostHog ignores order_key on create: the rule must still run last, not tied with the first.
    const created = await ruleRows(page, kind).last().getAttribute('data-rule-id');
    await expect
      .poll(() => {
        const keys = withDatabase(dataDir, (db) => orderKeys(db, 'grouping'));
        const others = Object.entries(keys).filter(([id]) => id !== created);
        return others.every(([, key]) => key < keys[created!]!);
      })
      .toBe(true);
    await page.reload();
    await expect(ruleRows(page, kind).last()).toContainText('Cross-origin script errors carry no detail.');
    await expect(ruleRows(page, kind).last()).toContainText('Script error');
  });

  test(
    'edits filters only: assignee and description are locked and say why',
    browserOnly,
    async ({ page, resetData }) => {
      resetData();
      await openRules(page, kind);
      const name = await ruleNameAt(page, 2);
      const dialog = await openRule(page, kind, 2);
      await expect(dialog.getByRole('combobox', { name: /^Assignee/ })).toBeDisabled();
      await expect(dialog.getByRole('textbox', { name: 'Description' })).toBeDisabled();
      await expect(
        dialog.getByText(/PostHog keeps a grouping rule’s assignee and description as created/),
      ).toBeVisible();
      await dialog.getByRole('textbox', { name: 'Value for filter 1' }).fill('ResizeObserver loop limit exceeded');
      await save(page, dialog, `Saved ${name}.`);

      await page.reload();
      await expect(ruleRows(page, kind).nth(1)).toContainText('ResizeObserver loop limit exceeded');
    },
  );
});

test.describe('suppression rules', () => {
  const kind = ruleKinds.suppression;

  test('creates a rule with a sampling percentage; it survives reload', async ({ page, resetData }) => {
    resetData();
    await openRules(page, kind);
    const dialog = await openNew(page, kind);
    await expect(dialog.getByRole('spinbutton', { name: /Sampling rate/ })).toHaveValue('100');
    await addFilter(dialog, 1, '$exception_types', 'ResizeObserverError');
    await dialog.getByRole('spinbutton', { name: /Sampling rate/ }).fill('25');
    await save(page, dialog, /^Created “ResizeObserverError → drop 25%” \(\w{8}\) at position 4\./);

    await expect(ruleRows(page, kind)).toHaveCount(4);
    await page.reload();
    await expect(ruleRows(page, kind).last()).toContainText('ResizeObserverError');
    await expect(ruleRows(page, kind).last()).toContainText('Drops 25% of matches');
  });

  test(
    'edits the sampling rate as a percentage; the saved value shows after reload',
    browserOnly,
    async ({ page, resetData }) => {
      resetData();
      await openRules(page, kind);
      const name = await ruleNameAt(page, 2);
      const dialog = await openRule(page, kind, 2);
      const sampling = dialog.getByRole('spinbutton', { name: /Sampling rate/ });
      await expect(sampling).toHaveValue('25');
      await sampling.fill('150');
      await expect(dialog.getByText('Enter a percentage from 0 to 100.')).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
      await sampling.fill('12.5');
      await save(page, dialog, `Saved ${name}.`);

      await page.reload();
      await expect(ruleRows(page, kind).nth(1)).toContainText('Drops 12.5% of matches');
      await openRule(page, kind, 2);
      await expect(page.getByRole('spinbutton', { name: /Sampling rate/ })).toHaveValue('12.5');
    },
  );
});

test.describe('accessibility', browserOnly, () => {
  for (const [name, kind] of Object.entries(ruleKinds)) {
    test(`the ${name} rule editor has no serious or critical axe violations`, async ({ page }) => {
      await openRules(page, kind);
      await openRule(page, kind, 1);
      const editing = await seriousViolations(page);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      const dialog = await openNew(page, kind);
      await dialog.getByRole('button', { name: 'Add filter' }).click();
      const creating = await seriousViolations(page);
      expect([...editing, ...creating]).toEqual([]);
    });
  }
});
