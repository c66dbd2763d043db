import { expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { actionsAt, movedTo, openRules, ruleKinds, ruleNameAt, rowAt } from './support/rules-page';

const grouping = ruleKinds.grouping;

test.describe('rule statistics', () => {
  test('a shadowed demo rule is flagged, with the move that lets it win', async ({ page, resetData }) => {
    resetData();
    await openRules(page, grouping);
    await expect(page.getByText(/^over [\d,]+ exceptions\./)).toBeVisible({
      timeout: 15_000,
    });
    // The demo's first grouping rule takes its exceptions; a copy right after it can never win one.
    const original = await ruleNameAt(page, 1);
    await actionsAt(page, 1).click();
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();
    await expect(page.getByText(/^Duplicated .+, right after it at position 2\.$/)).toBeVisible();
    const copy = await ruleNameAt(page, 2);

    const badge = rowAt(page, 2).getByRole('button', { name: `Shadowed by ${original}: fixes for ${copy}` });
    await expect(badge).toBeVisible({ timeout: 15_000 });
    await expect(badge).toHaveText('Shadowed');
    await expect(rowAt(page, 2).getByText(/ matched, 0 grouped in the last 7 days/)).toBeAttached();
    // The list and the statistics' line (the toast of the duplicate is checked where toasts are).
    expect(await seriousViolations(page, '.rules-list')).toEqual([]);
    expect(await seriousViolations(page, '.rules-precedence')).toEqual([]);

    await badge.click();
    await page.getByRole('menuitem', { name: `Move above ${original}` }).click();
    await expect(movedTo(page, 1)).toBeVisible();
    expect(await ruleNameAt(page, 1)).toBe(copy);
    // Now the original is the one behind an identical rule.
    await expect(
      rowAt(page, 2).getByRole('button', { name: `Shadowed by ${copy}: fixes for ${original}` }),
    ).toBeVisible({ timeout: 15_000 });
  });
});
