import type { Page } from '@playwright/test';
import { browserOnly, expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { withDatabase } from './support/database';
import { ruleContents } from './support/rules-data';
import {
  chooseAssignee,
  chooseProperty,
  openNew,
  openRule,
  openRules,
  ruleKinds,
  ruleRows,
  save,
} from './support/rules-page';

const kind = ruleKinds.assignment;
const rulesPath = '/error_tracking/assignment_rules/';

/** The JSON body of the next POST to the assignment rules. */
function nextCreate(page: Page) {
  return page
    .waitForRequest((request) => request.method() === 'POST' && request.url().endsWith(rulesPath))
    .then((request) => request.postDataJSON() as { filters: unknown });
}

const lastStoredFilters = (dataDir: string) =>
  JSON.parse(withDatabase(dataDir, (db) => ruleContents(db, 'assignment').at(-1)!.filters)) as unknown;

test.describe('filter editor', () => {
  test('typing a property’s label saves its real key; a custom key is taken only by choice', async ({
    page,
    resetData,
    dataDir,
  }) => {
    resetData();
    await openRules(page, kind);
    const dialog = await openNew(page, kind);
    await dialog.getByRole('button', { name: 'Add filter', exact: true }).click();
    await chooseProperty(dialog, 'Property for filter 1', 'Exception type');
    await dialog.getByRole('textbox', { name: 'Add value to filter 1' }).fill('TypeError');
    await dialog.getByRole('textbox', { name: 'Add value to filter 1' }).press('Enter');

    await dialog.getByRole('button', { name: 'Add filter', exact: true }).click();
    const second = dialog.getByRole('combobox', { name: 'Property for filter 2', exact: true });
    await second.fill('plan_tier');
    await dialog.getByRole('option', { name: 'Use custom property “plan_tier”' }).click();
    await expect(second).toHaveValue('plan_tier');
    await expect(
      dialog.getByText('Custom property — not one PostHog’s error tracking knows.', { exact: false }),
    ).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Operator for filter 2' }).selectOption('is set');
    await chooseAssignee(dialog, 'Maya Okafor');

    const sent = nextCreate(page);
    await save(page, dialog, new RegExp(`^Created “.+” \\(\\w{8}\\) at position ${kind.count + 1}\\.`));
    const filters = {
      type: 'AND',
      values: [
        { key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] },
        { key: 'plan_tier', type: 'event', operator: 'is_set' },
      ],
    };
    expect((await sent).filters).toEqual(filters);
    expect(lastStoredFilters(dataDir)).toEqual(filters);
    await expect(ruleRows(page, kind).last()).toContainText('Exception type is TypeError');
  });

  test('a nested group is built, saved, reopened and edited', async ({ page, resetData, dataDir }) => {
    resetData();
    await openRules(page, kind);
    const dialog = await openNew(page, kind);
    await dialog.getByRole('button', { name: 'Add filter', exact: true }).click();
    await chooseProperty(dialog, 'Property for filter 1', 'URL');
    await dialog.getByRole('combobox', { name: 'Operator for filter 1' }).selectOption('contains');
    await dialog.getByRole('textbox', { name: 'Value for filter 1' }).fill('/checkout');

    await dialog.getByRole('button', { name: 'Add group' }).click();
    const group = dialog.getByRole('group', { name: 'Group 2', exact: true });
    await expect(group.getByRole('radio', { name: 'Match any filter in group 2' })).toBeChecked();
    await chooseProperty(group, 'Property for filter 1 of group 2', 'Exception type');
    await group.getByRole('textbox', { name: 'Add value to filter 1 of group 2' }).fill('TypeError');
    await group.getByRole('textbox', { name: 'Add value to filter 1 of group 2' }).press('Enter');
    await group.getByRole('button', { name: 'Add filter to group 2' }).click();
    await chooseProperty(group, 'Property for filter 2 of group 2', 'Exception message');
    await group.getByRole('combobox', { name: 'Operator for filter 2 of group 2' }).selectOption('contains');
    await group.getByRole('textbox', { name: 'Value for filter 2 of group 2' }).fill('Failed to fetch');
    await chooseAssignee(dialog, 'Maya Okafor');
    expect(await seriousViolations(page)).toEqual([]);

    const sent = nextCreate(page);
    await save(page, dialog, new RegExp(`^Created “.+” \\(\\w{8}\\) at position ${kind.count + 1}\\.`));
    const typeError = { key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] };
    const url = { key: '$current_url', type: 'event', operator: 'icontains', value: '/checkout' };
    const message = { key: '$exception_values', type: 'event', operator: 'icontains', value: 'Failed to fetch' };
    expect((await sent).filters).toEqual({ type: 'AND', values: [url, { type: 'OR', values: [typeError, message] }] });
    await expect(ruleRows(page, kind).last()).toContainText('Exception message contains Failed to fetch');

    await page.reload();
    await openRules(page, kind, kind.count + 1);
    const reopened = await openRule(page, kind, kind.count + 1);
    const saved = reopened.getByRole('group', { name: 'Group 2', exact: true });
    await expect(saved.getByRole('combobox', { name: 'Property for filter 2 of group 2' })).toHaveValue(
      'Exception message',
    );
    await saved.getByRole('button', { name: 'Remove filter 1 of group 2 (Exception type)' }).click();
    await saved.getByRole('textbox', { name: 'Value for filter 1 of group 2' }).fill('Load failed');
    const matchAll = { name: 'Match all filters in group 2' };
    // The radio itself is hidden under its label, which is what a person clicks.
    await saved
      .locator('label')
      .filter({ has: page.getByRole('radio', matchAll) })
      .click();
    await expect(saved.getByRole('radio', matchAll)).toBeChecked();
    await save(page, reopened, /^Saved “.+” \(\w{8}\)\./);
    expect(lastStoredFilters(dataDir)).toEqual({
      type: 'AND',
      values: [url, { type: 'AND', values: [{ ...message, value: 'Load failed' }] }],
    });
  });

  test('a fresh row shows no error until it is left', browserOnly, async ({ page, resetData }) => {
    resetData();
    await openRules(page, kind);
    const dialog = await openNew(page, kind);
    await dialog.getByRole('button', { name: 'Add filter', exact: true }).click();
    const property = dialog.getByRole('combobox', { name: 'Property for filter 1', exact: true });
    await expect(property).toBeFocused();
    await expect(property).not.toHaveAttribute('aria-invalid');
    await expect(dialog.getByText('A property is required.')).toHaveCount(0);
    await expect(dialog.getByText('Fill in the required fields to save')).toBeVisible();

    await property.press('Tab');
    await expect(property).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('A property is required.')).toBeVisible();
    await expect(dialog.getByText('Add at least one value.')).toHaveCount(0);
    await expect(dialog.getByText('Fix 1 error to save')).toBeVisible();
  });

  test(
    'the editor with an open property list and a custom property has no serious axe violations',
    browserOnly,
    async ({ page }) => {
      await openRules(page, kind);
      const dialog = await openRule(page, kind, 1);
      await dialog.getByRole('button', { name: 'Add filter', exact: true }).click();
      const property = dialog.getByRole('combobox', { name: 'Property for filter 2', exact: true });
      await property.fill('plan');
      await expect(dialog.getByRole('option', { name: 'Use custom property “plan”' })).toBeVisible();
      const listOpen = await seriousViolations(page);
      await dialog.getByRole('option', { name: 'Use custom property “plan”' }).click();
      await expect(dialog.getByText(/^Custom property/)).toBeVisible();
      expect([...listOpen, ...(await seriousViolations(page))]).toEqual([]);
    },
  );
});
