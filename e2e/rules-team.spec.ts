import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { withDatabase } from './support/database';
import { orderKeys } from './support/rules-data';
import { livePollMs } from '../src/web/lib/live-query';
import { actionsAt, movedTo, openRules, ruleKinds, shownIds } from './support/rules-page';

const kind = ruleKinds.assignment;

/** The rule ids in the order the server holds (order_key, then creation, as the list shows ties). */
const serverOrder = (dataDir: string) =>
  withDatabase(dataDir, (db) =>
    (
      db
        .prepare("SELECT id FROM rules WHERE team_id = 1 AND kind = 'assignment' ORDER BY order_key, created_at, id")
        .all() as { id: string }[]
    ).map((row) => row.id),
  );

const setServerOrder = (dataDir: string, ids: string[]) =>
  withDatabase(dataDir, (db) => {
    const update = db.prepare('UPDATE rules SET order_key = ? WHERE id = ?');
    db.transaction(() => ids.forEach((id, index) => update.run(index, id)))();
  });

async function moveFromMenu(page: Page, n: number, move: 'Move up' | 'Move to top') {
  await actionsAt(page, n).click();
  await page.getByRole('menuitem', { name: move }).click();
}

test('a move from a stale tab is applied on top of the other person’s: both kept, every key unique, and said', async ({
  page,
  browser,
  baseURL,
  dataDir,
  resetData,
}) => {
  resetData();
  const other = await (await browser.newContext({ baseURL })).newPage();
  await Promise.all([openRules(page, kind), openRules(other, kind)]);
  const [r1, r2, r3, r4, r5, r6] = await shownIds(page);

  await moveFromMenu(other, 3, 'Move to top');
  await expect(movedTo(other, 1)).toBeVisible();

  expect(await shownIds(page)).toEqual([r1, r2, r3, r4, r5, r6]);
  await moveFromMenu(page, 6, 'Move up');

  await expect(page.getByText('The order was changed by someone else; your move was applied on top.')).toBeVisible();
  const both = [r3, r1, r2, r4, r6, r5];
  await expect.poll(() => shownIds(page)).toEqual(both);
  expect(serverOrder(dataDir)).toEqual(both);
  const keys = Object.values(withDatabase(dataDir, (db) => orderKeys(db, 'assignment')));
  expect(new Set(keys).size).toBe(keys.length);
  await other.context().close();
});

test('a change made elsewhere shows on focus, and a change in one tab shows at once in the person’s other tab', async ({
  page,
  dataDir,
  resetData,
}) => {
  resetData();
  await openRules(page, kind);
  const ids = await shownIds(page);

  const reversed = [...ids].reverse();
  setServerOrder(dataDir, reversed);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect.poll(() => shownIds(page)).toEqual(reversed);
  await expect(page.getByText(/^Updated from the server: \d+ moved\.$/)).toBeVisible();
  await expect(page.locator('.rule-row--changed').first()).toBeVisible();

  const otherTab = await page.context().newPage();
  await openRules(otherTab, kind);
  await moveFromMenu(otherTab, 2, 'Move to top');
  await expect(movedTo(otherTab, 1)).toBeVisible();
  const startedAt = Date.now();
  const moved = [reversed[1]!, reversed[0]!, ...reversed.slice(2)];
  await expect.poll(() => shownIds(page), { intervals: [50] }).toEqual(moved);
  test.info().annotations.push({ type: 'tab-to-tab ms', description: String(Date.now() - startedAt) });
  await otherTab.close();
});

test('tied rules are marked and shown oldest first; Fix order gives each its own key in that order', async ({
  page,
  dataDir,
  resetData,
}) => {
  resetData();
  withDatabase(dataDir, (db) =>
    db.prepare("UPDATE rules SET order_key = 0 WHERE team_id = 1 AND kind = 'assignment'").run(),
  );
  await openRules(page, kind);
  const shown = await shownIds(page);
  expect(shown).toEqual(serverOrder(dataDir));
  await expect(page.getByText('Tied', { exact: true })).toHaveCount(kind.count);

  await page.getByRole('button', { name: 'Fix order' }).click();

  await expect(page.getByText('Every rule has its own place now: PostHog runs them as listed.')).toBeVisible();
  await expect(page.getByText('Tied', { exact: true })).toHaveCount(0);
  const keys = withDatabase(dataDir, (db) => orderKeys(db, 'assignment'));
  expect(shown.map((id) => keys[id])).toEqual([0, 1, 2, 3, 4, 5]);
});

test('a change made elsewhere shows in an open tab when the polling interval comes round, without focus', async ({
  page,
  dataDir,
  resetData,
}) => {
  resetData();
  // The page's timers run on a clock the test moves: the interval passes at once instead of being waited out.
  await page.clock.install();
  await openRules(page, kind);
  const ids = await shownIds(page);
  const moved = [ids[5]!, ...ids.slice(0, 5)];
  setServerOrder(dataDir, moved);

  await page.clock.fastForward(livePollMs - 1_000);
  await page.waitForLoadState('networkidle');
  expect(await shownIds(page)).toEqual(ids);
  await page.clock.fastForward(1_000);
  await expect.poll(() => shownIds(page)).toEqual(moved);
});
