import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { browserOnly, expect, test } from './fixtures';
import { withDatabase } from './support/database';

const assigneesOf = (dataDir: string, ids: readonly string[]) =>
  withDatabase(dataDir, (db) =>
    ids.map(
      (id) => (db.prepare('SELECT assignee FROM issues WHERE id = ?').get(id) as { assignee: string | null }).assignee,
    ),
  );

/**
 * The demo's assignees all come from its rules, so re-applying them changes nothing: a rule added since (at the top,
 * as a new rule goes) picks someone for kinds of error the demo leaves unassigned, as a real new rule would.
 */
const addRuleForUnassignedErrors = (page: Page) =>
  page.evaluate(async () => {
    const path = '/api/projects/1/error_tracking/assignment_rules/';
    const listed = (await (await fetch(path)).json()) as { results: Array<{ assignee: unknown }> };
    const assignee = listed.results.find((rule) => rule.assignee !== null)!.assignee;
    const filters = {
      type: 'AND',
      values: [
        {
          key: '$exception_types',
          type: 'event',
          operator: 'exact',
          value: ['SyntaxError', 'ReferenceError', 'QuotaExceededError'],
        },
      ],
    };
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ filters, assignee }),
    });
    if (response.status !== 201) throw new Error(`creating the rule answered ${response.status}`);
  });

test.describe('re-apply assignment rules', () => {
  test.beforeEach(async ({ page, resetData }) => {
    resetData();
    await page.goto('/env/1/assignment-rules');
    await addRuleForUnassignedErrors(page);
  });
  test.afterEach(({ resetData }) => resetData());

  test('re-applying assigns the chosen issues, and Undo gives them back their previous assignee', async ({
    page,
    dataDir,
  }) => {
    await page.goto('/env/1/assignment-rules');
    await page.getByRole('link', { name: 'Re-apply to existing issues…' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Re-apply assignment rules' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Issues to check' })).toHaveText('Unassigned active issues');
    const table = page.getByRole('table');
    await expect(table).toBeVisible({ timeout: 15_000 });

    const ticked = table
      .locator('tbody')
      .getByRole('row')
      .filter({ has: page.getByRole('checkbox', { checked: true }) });
    const count = await ticked.count();
    expect(count, 'unassigned demo issues the rules pick someone for').toBeGreaterThan(1);
    // Leave the first change out: it must stay unassigned.
    const hrefs = await ticked
      .getByRole('rowheader')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/').pop()!));
    await ticked.first().getByRole('checkbox').uncheck();
    const [left, ...chosen] = hrefs;
    expect(assigneesOf(dataDir, hrefs).every((assignee) => assignee === null)).toBe(true);

    await page.getByRole('button', { name: `Apply ${chosen.length} change${chosen.length === 1 ? '' : 's'}` }).click();
    const applied = page.getByRole('heading', {
      name: `Re-applied the rules to ${chosen.length} issue${chosen.length === 1 ? '' : 's'}.`,
    });
    await expect(applied).toBeFocused();
    expect(assigneesOf(dataDir, chosen).every((assignee) => assignee !== null)).toBe(true);
    expect(assigneesOf(dataDir, [left!])).toEqual([null]);

    await page.getByRole('button', { name: /^Undo \(/ }).click();
    await expect(
      page.getByRole('heading', {
        name: `Restored the previous assignee of ${chosen.length} issue${chosen.length === 1 ? '' : 's'}.`,
      }),
    ).toBeFocused();
    expect(assigneesOf(dataDir, hrefs).every((assignee) => assignee === null)).toBe(true);
  });

  test(
    'works by keyboard from the Issues page, with its filters, and has no serious accessibility violations',
    browserOnly,
    async ({ page }) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto('/env/1/issues?status=active&assignee=none&seen=all');
        await page.getByRole('table').waitFor();
        await page.getByRole('link', { name: 'Re-apply assignment rules…' }).focus();
        await page.keyboard.press('Enter');
        await expect(page.getByRole('combobox', { name: 'Issues to check' })).toHaveText('The Issues page’s filters');
        await expect(
          page.getByText('Issues matching status Active, assignee unassigned, seen in all time.'),
        ).toBeVisible();
        const table = page.getByRole('table');
        await expect(table).toBeVisible({ timeout: 15_000 });
        expect(await seriousViolations(page)).toEqual([]);
      }

      const name = await page
        .locator('tbody')
        .getByRole('checkbox', { checked: true })
        .first()
        .getAttribute('aria-label');
      const first = page.getByRole('checkbox', { name: name!, exact: true });
      await first.focus();
      await page.keyboard.press('Space');
      await expect(first).not.toBeChecked();
      await page.keyboard.press('Space');
      await expect(first).toBeChecked();
      const apply = page.getByRole('button', { name: /^Apply \d+ change/ });
      await apply.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: /^Re-applied the rules to \d+ issues?\.$/ })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: /^Undo \(/ })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: /^Restored the previous assignee/ })).toBeFocused();
      expect(await seriousViolations(page)).toEqual([]);
    },
  );
});
