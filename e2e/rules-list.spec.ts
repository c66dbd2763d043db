import type { Page } from '@playwright/test';
import { browserOnly, expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { withDatabase } from './support/database';
import { insertRule, loadAssignmentRules, orderKeys, spreadOrderKeys } from './support/rules-data';
import {
  actionsAt,
  expectOrder,
  handle,
  keyboardMoveDown,
  liveRegion,
  mouseDrag,
  openDeleteDialog,
  openFreshRules,
  movedTo,
  openRules,
  ruleKinds,
  ruleNameAt,
  ruleRows,
  rowAt,
  saveDrop,
  shownIds,
  swap,
} from './support/rules-page';

// Tall enough for every demo list: a drag that nears the viewport's edge autoscrolls and drops further on.
test.use({ viewport: { width: 1280, height: 1600 } });

const kinds = Object.values(ruleKinds);

function recordReorders(page: Page) {
  const bodies: Record<string, number>[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PATCH' && /\/reorder\/?$/.test(new URL(request.url()).pathname)) {
      bodies.push((request.postDataJSON() as { orders: Record<string, number> }).orders);
    }
  });
  return bodies;
}

function changedKeys(before: string[], after: string[]) {
  return Object.fromEntries(after.flatMap((id, index) => (before[index] === id ? [] : [[id, index]])));
}

for (const kind of kinds) {
  test.describe(kind.title, () => {
    test('mouse drag reorders with one request of the changed ids, and survives reload', async ({
      page,
      resetData,
    }) => {
      const before = await openFreshRules(page, kind, resetData);
      const reorders = recordReorders(page);

      await mouseDrag(page, 1, 3);

      const after = [before[1]!, before[2]!, before[0]!, ...before.slice(3)];
      await expect(movedTo(page, 3)).toBeVisible();
      expect(await shownIds(page)).toEqual(after);
      expect(reorders).toEqual([changedKeys(before, after)]);
      expect(Object.keys(reorders[0]!)).toHaveLength(3);

      await expectOrder(page, kind, after);
      expect(reorders).toHaveLength(1);
    });

    test(
      'keyboard reorder (Space, arrow, Space) is announced, saved, and survives reload',
      browserOnly,
      async ({ page, resetData }) => {
        const before = await openFreshRules(page, kind, resetData);
        const reorders = recordReorders(page);

        await keyboardMoveDown(page, 2, kind.count);

        const after = swap(before, 1, 2);
        await expect(liveRegion(page)).toContainText(`dropped at position 3 of ${kind.count}.`);
        await expect(movedTo(page, 3)).toBeVisible();
        expect(reorders).toEqual([changedKeys(before, after)]);

        await expectOrder(page, kind, after);
      },
    );

    test('deletes a rule after a confirmation that names it', browserOnly, async ({ page, resetData }) => {
      const before = await openFreshRules(page, kind, resetData);
      const name = await ruleNameAt(page, 2);

      const dialog = await openDeleteDialog(page, kind, 2);
      await expect(dialog).toContainText('It matches:');
      await dialog.getByRole('button', { name: 'Delete rule' }).click();

      await expect(page.getByText(`Deleted ${name}.`)).toBeVisible();
      await expect(dialog).toBeHidden();
      const after = before.filter((_, index) => index !== 1);
      await expectOrder(page, kind, after);
    });

    test('has no serious or critical accessibility violations', browserOnly, async ({ page, resetData }) => {
      resetData();
      await openRules(page, kind);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

const assignment = ruleKinds.assignment;

test('Undo puts the order back, and that survives reload', browserOnly, async ({ page, resetData }) => {
  const before = await openFreshRules(page, assignment, resetData);
  const reorders = recordReorders(page);

  const name = await ruleNameAt(page, 4);
  await actionsAt(page, 4).click();
  await page.getByRole('menuitem', { name: 'Move to top' }).click();
  const moved = [before[3]!, ...before.slice(0, 3), ...before.slice(4)];
  await expect(page.getByText(`Moved ${name} to position 1.`)).toBeVisible();
  expect(await shownIds(page)).toEqual(moved);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`Put ${name} back where it was.`)).toBeVisible();
  expect(await shownIds(page)).toEqual(before);
  expect(reorders).toEqual([changedKeys(before, moved), changedKeys(moved, before)]);

  await expectOrder(page, assignment, before);
});

test(
  'bulk delete: shift-click a range, confirm, and the rules are gone after reload',
  browserOnly,
  async ({ page, resetData }) => {
    const before = await openFreshRules(page, assignment, resetData);

    await rowAt(page, 2)
      .getByRole('checkbox', { name: /^Select “/ })
      .check();
    await rowAt(page, 4)
      .getByRole('checkbox', { name: /^Select “/ })
      .click({ modifiers: ['Shift'] });
    const toolbar = page.getByRole('group', { name: 'Selected rules' });
    await expect(toolbar).toContainText('3 selected');
    await expect(toolbar.getByRole('checkbox', { name: 'Select all' })).toHaveJSProperty('indeterminate', true);

    await toolbar.getByRole('button', { name: 'Delete 3' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete 3 assignment rules?' });
    await dialog.getByRole('button', { name: 'Delete 3 rules' }).click();

    await expect(page.getByText('Deleted 3 assignment rules.')).toBeVisible();
    const after = [before[0]!, ...before.slice(4)];
    await expect.poll(() => shownIds(page)).toEqual(after);
    await expect(toolbar).toBeHidden();

    await expectOrder(page, assignment, after);
  },
);

test('filtering turns reordering off, says why, and lives in the URL', browserOnly, async ({ page, resetData }) => {
  resetData();
  await openRules(page, assignment);

  await page.getByRole('searchbox', { name: 'Search' }).fill('Priya');
  await expect(ruleRows(page, assignment)).toHaveCount(1);
  await expect(page).toHaveURL(/\?q=Priya$/);
  await expect(page.getByText('Clear the filters to reorder rules.')).toBeVisible();
  // The one row shown (rule 2 of the whole list) is the first of the filtered one.
  await expect(handle(page, 1)).toHaveAttribute('aria-disabled', 'true');

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('Priya');
  await expect(ruleRows(page, assignment)).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(ruleRows(page, assignment)).toHaveCount(assignment.count);
});

test('a rule that fails the contract shows as unreadable in its place; the others still reorder; it can be deleted', async ({
  page,
  resetData,
  dataDir,
}) => {
  resetData();
  // Filters that are not a group: the record PostHog sent cannot be read, and must not blank the list.
  const odd = withDatabase(dataDir, (db) => {
    spreadOrderKeys(db, 'assignment');
    return insertRule(db, { kind: 'assignment', filters: '["not", "a", "group"]', orderKey: 1 });
  });
  const count = assignment.count + 1;
  await openRules(page, assignment, count);
  const before = await shownIds(page);
  expect(before[1]).toBe(odd);
  const unreadable = rowAt(page, 2).getByRole('group', { name: `Unreadable rule ${odd}` });
  await expect(unreadable).toContainText('does not match what the dashboard can read');
  await expect(rowAt(page, 3).locator('a.rule-row__title')).toBeVisible();

  const reorders = recordReorders(page);
  await actionsAt(page, 1).click();
  await page.getByRole('menuitem', { name: 'Move to bottom' }).click();
  await expect(movedTo(page, count)).toBeVisible();
  const moved = [...before.slice(1), before[0]!];
  expect(reorders).toEqual([changedKeys(before, moved)]);
  await expectOrder(page, assignment, moved);
  await expect(rowAt(page, 1).getByRole('group', { name: `Unreadable rule ${odd}` })).toBeVisible();

  await actionsAt(page, 1).click();
  await expect(page.getByRole('menuitem', { name: 'Edit' })).toHaveCount(0);
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  const short = odd.replace(/-/g, '').slice(-8);
  await page
    .getByRole('alertdialog', { name: `Delete unreadable rule ${short}?` })
    .getByRole('button', { name: 'Delete rule' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: `Deleted unreadable rule ${short}.` })).toBeVisible();
  await expectOrder(page, assignment, moved.slice(1));
});

test('a disabled rule says why on hover and focus', browserOnly, async ({ page, resetData }) => {
  resetData();
  await openRules(page, assignment);
  const badge = page.getByText('Disabled', { exact: true });
  await badge.focus();
  await expect(page.getByRole('tooltip')).toContainText('invalid regex: missing closing ]');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toBeHidden();
});

test.describe('a long list', browserOnly, () => {
  // A normal window, so the drag scrolls the page as it goes.
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a fast keyboard drag lands where the keys say, however quick they come', async ({
    page,
    dataDir,
    resetData,
  }) => {
    resetData();
    const total = 200;
    const steps = 100;
    const ids = withDatabase(dataDir, (db) => loadAssignmentRules(db, total));
    await openRules(page, assignment, total);

    const lifted = handle(page, 1);
    await lifted.focus();
    await page.keyboard.press('Space');
    await expect(lifted).toHaveAttribute('aria-pressed', 'true');
    // Every key in one task, faster than any frame: each must still move the row one place, the page scrolling
    // on the way, and the Space after them drop it there.
    await lifted.evaluate((element, count) => {
      const key = (code: string) =>
        element.dispatchEvent(new KeyboardEvent('keydown', { code, key: code, bubbles: true, cancelable: true }));
      for (let step = 0; step < count; step++) key('ArrowDown');
      key('Space');
    }, steps);

    await expect(liveRegion(page)).toContainText(`dropped at position ${steps + 1} of ${total}.`);
    // The move changes who TypeErrors go to: the check asks before it is saved.
    await saveDrop(page);
    // Only the rows near the screen are drawn: the dropped one is, scrolled into view, its focus kept.
    await expect(handle(page, steps + 1)).toBeInViewport();
    await expect(handle(page, steps + 1)).toBeFocused();
    const after = [...ids.slice(1, steps + 1), ids[0]!, ...ids.slice(steps + 1)];
    const stored = () => {
      const keys = withDatabase(dataDir, (db) => orderKeys(db, 'assignment'));
      return Object.keys(keys).sort((a, b) => keys[a]! - keys[b]!);
    };
    await expect.poll(stored).toEqual(after);
    await page.reload();
    await openRules(page, assignment, total);
    const drawn = await shownIds(page);
    expect(drawn).toEqual(after.slice(0, drawn.length));
  });
});
