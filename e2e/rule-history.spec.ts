import type { Locator, Page } from '@playwright/test';
import { browserOnly, expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import {
  actionsAt,
  expectOrder,
  movedTo,
  openDeleteDialog,
  openFreshRules,
  openRules,
  ruleKinds,
  ruleNameAt,
} from './support/rules-page';
import { runRulesCli } from './support/rules-cli';
import { chooseOption } from './support/select';

const assignment = ruleKinds.assignment;

const timeline = (page: Page) => page.getByRole('list', { name: 'Changes, newest first' });
const titles = (page: Page) => page.locator('.rule-row__title-text').allTextContents();

async function openHistory(page: Page, envId = 1) {
  await page.goto(`/env/${envId}/history`);
  await expect(timeline(page).getByRole('listitem').first()).toBeVisible();
}

/** Applies the plan a dialog shows and closes it once done. */
async function applyPlan(dialog: Locator, changes: number | RegExp, environment = 'Web app') {
  const count = typeof changes === 'number' ? (changes === 1 ? '1 change' : `${changes} changes`) : changes;
  await dialog
    .getByRole('button', { name: typeof count === 'string' ? `Apply ${count}` : /^Apply \d+ changes?$/ })
    .click();
  await expect(dialog.getByText(new RegExp(`^Applied \\d+ changes? to the rules of ${environment}\\.$`))).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}

test('a deleted rule comes back from History, with a plan shown before anything is applied', async ({
  page,
  resetData,
  backend,
}) => {
  resetData();
  await openRules(page, assignment);
  const before = await titles(page);
  const name = await ruleNameAt(page, 2);
  const dialog = await openDeleteDialog(page, assignment, 2);
  await dialog.getByRole('button', { name: 'Delete rule' }).click();
  await expect(page.getByRole('article')).toHaveCount(assignment.count - 1);

  await openHistory(page);
  await timeline(page).getByRole('link', { name: 'Deleted an assignment rule' }).first().click();
  const detail = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: /Deleted an assignment rule/ }) });
  await expect(detail.getByText('was at position 2')).toBeVisible();
  await expect(detail.getByText(name.slice(1, name.indexOf('”')), { exact: true })).toBeVisible();
  if (backend === 'local') expect(await seriousViolations(page)).toEqual([]);

  await detail.getByRole('button', { name: 'Undo this change', exact: true }).click();
  const plan = page.getByRole('dialog', { name: /^Undo #\d+$/ });
  await expect(plan.getByText('at position 2')).toBeVisible();
  if (backend === 'local') expect(await seriousViolations(page)).toEqual([]);
  await applyPlan(plan, 1);
  await expect(
    timeline(page)
      .getByText(/^Undo #\d+$/)
      .first(),
  ).toBeVisible();

  await openRules(page, assignment);
  expect(await titles(page)).toEqual(before);
});

test('a reorder is undone from History, and a list restored to the state before it', async ({ page, resetData }) => {
  const ids = await openFreshRules(page, assignment, resetData);
  await actionsAt(page, 3).click();
  await page.getByRole('menuitem', { name: 'Move to top' }).click();
  await expect(movedTo(page, 1)).toBeVisible();

  await openHistory(page);
  const reorder = timeline(page).getByRole('listitem').filter({ hasText: 'Reordered assignment rules' }).first();
  await reorder.getByRole('link').click();
  const detail = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Reordered/ }) });
  await expect(detail.getByText('moved from 3 to 1')).toBeVisible();

  // The entry below it holds the state before the move.
  const entries = timeline(page).getByRole('listitem');
  const index = (await entries.allTextContents()).findIndex((text) => text.startsWith('Reordered assignment rules'));
  await entries
    .nth(index + 1)
    .getByRole('link')
    .click();
  await page.getByRole('button', { name: 'Restore this state…' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Every rule list' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Assignment rules only' })).toBeFocused();
  await page.keyboard.press('Enter');
  const plan = page.getByRole('dialog', { name: /^Restore assignment rules to #\d+$/ });
  await expect(plan.getByText('moved from 1 to 3')).toBeVisible();
  await applyPlan(plan, 1);
  await page.goto(`/env/1/${assignment.path}`);
  await expectOrder(page, assignment, ids);
});

test('rules are copied to environment 2: the plan against it first, then applied and listed there', async ({
  page,
  resetData,
  backend,
}) => {
  resetData();
  await openRules(page, assignment);
  const source = await titles(page);
  await openHistory(page);
  await page.getByRole('button', { name: 'Copy to another environment…' }).click();
  const choose = page.getByRole('dialog', { name: 'Copy rules to another environment' });
  await chooseOption(choose.getByRole('combobox', { name: 'Copy to' }), 'Mobile');
  if (backend === 'local') expect(await seriousViolations(page)).toEqual([]);
  await choose.getByRole('button', { name: 'Show the plan' }).click();

  const plan = page.getByRole('dialog', { name: 'Copy rules to Mobile' });
  await expect(plan.getByText(/^\d+ rules: .*, in \d+ writes to Mobile\./)).toBeVisible();
  await expect(plan.getByRole('heading', { name: 'Assignment rules' })).toBeVisible();
  if (backend === 'local') expect(await seriousViolations(page)).toEqual([]);
  await applyPlan(plan, /./, 'Mobile');

  await page.goto(`/env/2/${assignment.path}`);
  await expect(page.getByText(`${source.length} rules`, { exact: true })).toBeVisible();
  expect(await titles(page)).toEqual(source);
});

// The CLI works on the local store beside the running server; against PostHog it is tested in
// src/server/cli/rules-cli-connected.test.ts.
test(
  'the CLI copies rules to environment 2 (export, plan exit 2, apply, plan exit 0), and History names it, by keyboard',
  browserOnly,
  async ({ page, resetData, dataDir }, testInfo) => {
    resetData();
    const file = testInfo.outputPath('rules.json');
    const exported = runRulesCli(dataDir, ['export', '--env', '1', '--out', file]);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    const plan = runRulesCli(dataDir, ['plan', '--env', '2', file]);
    expect(plan.stderr).toBe('');
    expect(plan.stdout).toContain('Plan for environment 2 (Mobile), local store:');
    expect(plan.stdout).toMatch(/^ {2}\+ create at 1: /m);
    expect(plan.status).toBe(2);
    const applied = runRulesCli(dataDir, ['apply', '--env', '2', file, '--yes']);
    expect(applied.stderr).toBe('');
    expect(applied.status).toBe(0);
    const requests = Number(/Applied (\d+) request\(s\) to environment 2 \(Mobile\)/.exec(applied.stdout)?.[1]);
    expect(requests).toBeGreaterThan(0);
    const again = runRulesCli(dataDir, ['plan', '--env', '2', file]);
    expect(again.stdout).toContain('No changes: the environment already has these rules.');
    expect(again.status).toBe(0);

    await openHistory(page, 2);
    await expect(timeline(page).getByText('Changed outside the console')).toHaveCount(0);
    const person = page.getByRole('combobox', { name: 'Person' });
    await person.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listbox', { name: 'Person' }).getByRole('option', { name: 'CLI' })).toBeVisible();
    await page.keyboard.type('CLI');
    await page.keyboard.press('Enter');
    await expect(person).toHaveText('CLI');
    await expect(person).toBeFocused();
    await expect(page).toHaveURL(/[?&]actor=/);
    const entries = timeline(page).getByRole('listitem');
    await expect(entries).toHaveCount(requests);
    for (const entry of await entries.all()) {
      await expect(entry).toContainText('CLI');
      await expect(entry.getByText('Import from file rules.json', { exact: true })).toBeVisible();
    }

    await entries.first().getByRole('link').focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    const detail = page.getByRole('article').filter({ has: heading });
    await expect(detail.getByText(/^CLI, /)).toBeVisible();
    await expect(detail.getByText('Import from file rules.json', { exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // The dashboard reads the CLI's document as the CLI does: nothing is left to change.
    await page.getByRole('button', { name: 'Import…' }).focus();
    await page.keyboard.press('Enter');
    const importing = page.getByRole('dialog', { name: 'Import rules into Mobile' });
    await importing.getByLabel('Rules document file').setInputFiles(file);
    await expect(importing.getByText('Already matches', { exact: true })).toBeVisible();
    await expect(importing).toHaveAccessibleDescription(/^The plan from rules\.json to Mobile\./);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(importing).toBeHidden();
  },
);
