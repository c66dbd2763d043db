import { expect, type Locator, type Page } from '@playwright/test';

export const ruleKinds = {
  assignment: { path: 'assignment-rules', title: 'Assignment rules', noun: 'assignment rule', count: 6 },
  grouping: { path: 'grouping-rules', title: 'Grouping rules', noun: 'grouping rule', count: 3 },
  suppression: { path: 'suppression-rules', title: 'Suppression rules', noun: 'suppression rule', count: 3 },
} as const;
export type RuleKindPage = (typeof ruleKinds)[keyof typeof ruleKinds];

export const ruleRows = (page: Page, kind: RuleKindPage) =>
  page.getByRole('list', { name: `${kind.title}, in evaluation order` }).locator('[data-rule-id]');
/** The row at position n (1-based) of the list shown: rules are named by title and id, not by position. */
export const rowAt = (page: Page, n: number) => page.locator(`li[aria-posinset="${n}"]`);
export const handle = (page: Page, n: number) => rowAt(page, n).getByRole('button', { name: /^Reorder “/ });
export const liveRegion = (page: Page) => page.locator('.sortable-list__live-region');
const ruleRow = (page: Page, n: number) => page.locator('[data-rule-id]').nth(n - 1);

/** How the list names the rule at position n: `“title” (short id)`, as toasts and dialogs do. */
export async function ruleNameAt(page: Page, n: number): Promise<string> {
  const row = rowAt(page, n);
  const title = await row.locator('.rule-row__title-text').textContent();
  const id = await row.locator('.rule-row__id').textContent();
  return `“${title}” (${id})`;
}

/**
 * The toast of a move, whoever moved: "Moved “…” (…) to position n.", and what the check of a drop found on recent
 * exceptions, when it ran.
 */
export const movedTo = (page: Page, n: number) =>
  page.getByText(new RegExp(`^(The order was changed .*)?Moved “.+” \\(\\w{8}\\) to position ${n}\\.( .+)?$`));

/** A drop that changes what happens to recent exceptions asks first; these tests of the list save it. */
export async function saveDrop(page: Page) {
  const ask = page.getByRole('alertdialog', { name: 'Save this order?' });
  const answered = page.getByText(/^((The order was changed .*)?Moved “|Could not move “)/);
  await expect(ask.or(answered).first()).toBeVisible();
  if (await ask.isVisible()) await ask.getByRole('button', { name: /^Save (order|without checking)$/ }).click();
}

export const actionsAt = (page: Page, n: number) => rowAt(page, n).getByRole('button', { name: /^Actions for / });

export const shownIds = (page: Page) =>
  page.locator('[data-rule-id]').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.ruleId!));

export async function openFreshRules(page: Page, kind: RuleKindPage, resetData: () => void) {
  resetData();
  await openRules(page, kind);
  return shownIds(page);
}

export async function expectOrder(page: Page, kind: RuleKindPage, ids: string[]) {
  await expect.poll(() => shownIds(page)).toEqual(ids);
  await page.reload();
  await openRules(page, kind, ids.length);
  expect(await shownIds(page)).toEqual(ids);
}

export async function openDeleteDialog(page: Page, kind: RuleKindPage, n: number) {
  const name = await ruleNameAt(page, n);
  await actionsAt(page, n).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  return page.getByRole('alertdialog', { name: `Delete ${kind.noun} ${name}?` });
}

export const swap = (ids: string[], a: number, b: number) => {
  const next = [...ids];
  [next[a], next[b]] = [next[b]!, next[a]!];
  return next;
};

const allDrawnUpTo = 20;

/** Opens a kind's list and waits until its `count` rows are shown (drawn, for a short list) and settled. */
export async function openRules(page: Page, kind: RuleKindPage, count: number = kind.count) {
  await page.goto(`/env/1/${kind.path}`);
  await expect(page.getByText(count === 1 ? '1 rule' : `${count} rules`, { exact: true })).toBeVisible();
  const list = page.getByRole('list', { name: `${kind.title}, in evaluation order` });
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(count));
  if (count <= allDrawnUpTo) await expect(ruleRows(page, kind)).toHaveCount(count);
  // Assignee names arrive after the rules and change row heights; drags measure the rows once settled.
  await page.waitForLoadState('networkidle');
}

/**
 * Rows differ in height, so the pointer travels between the rows' centres: dnd-kit drops where the centre is closest.
 */
export async function mouseDrag(page: Page, from: number, to: number) {
  const grip = await handle(page, from).boundingBox();
  const source = await ruleRow(page, from).boundingBox();
  const target = await ruleRow(page, to).boundingBox();
  if (!grip || !source || !target) throw new Error('rows not laid out');
  const x = grip.x + grip.width / 2;
  const y = grip.y + grip.height / 2;
  const travel = target.y + target.height / 2 - (source.y + source.height / 2);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + Math.sign(travel) * 10);
  await page.mouse.move(x, y + travel, { steps: 10 });
  await page.mouse.up();
  await saveDrop(page);
}

export async function keyboardMoveDown(page: Page, from: number, total: number) {
  const lifted = handle(page, from);
  await lifted.focus();
  await page.keyboard.press('Space');
  await expect(lifted).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(liveRegion(page)).toContainText(`moved to position ${from + 1} of ${total}.`);
  await page.keyboard.press('Space');
  await saveDrop(page);
}

export async function openRule(page: Page, kind: RuleKindPage, n: number) {
  const name = await ruleNameAt(page, n);
  await rowAt(page, n).locator('a.rule-row__title').click();
  const dialog = page.getByRole('dialog', { name: `Edit ${kind.noun} ${name}` });
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeVisible();
  return dialog;
}

export async function openNew(page: Page, kind: RuleKindPage) {
  await page.getByRole('link', { name: 'New rule' }).click();
  const dialog = page.getByRole('dialog', { name: `New ${kind.noun}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

export async function addFilter(dialog: Locator, n: number, property: string, value: string, operator?: string) {
  await dialog.getByRole('button', { name: 'Add filter' }).click();
  await dialog.getByRole('combobox', { name: `Property for filter ${n}` }).fill(property);
  if (operator) await dialog.getByRole('combobox', { name: `Operator for filter ${n}` }).selectOption(operator);
  if (operator) await dialog.getByRole('textbox', { name: `Value for filter ${n}` }).fill(value);
  else {
    await dialog.getByRole('textbox', { name: `Add value to filter ${n}` }).fill(value);
    await dialog.getByRole('textbox', { name: `Add value to filter ${n}` }).press('Enter');
  }
}

/** Types a property's label into a Property field and picks it from the list. */
export async function chooseProperty(scope: Locator, field: string, label: string) {
  const property = scope.getByRole('combobox', { name: field, exact: true });
  await property.fill(label);
  await scope.getByRole('option', { name: new RegExp(`^${label} \\$`) }).click();
  await expect(property).toHaveValue(label);
}

export async function chooseAssignee(dialog: Locator, name: string) {
  const picker = dialog.getByRole('combobox', { name: /^Assignee/ });
  await picker.click();
  await picker.fill(name);
  await dialog.getByRole('option', { name: new RegExp(name) }).click();
  await expect(picker).toHaveValue(name);
}

export async function save(page: Page, dialog: Locator, toast: string | RegExp) {
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: toast })).toBeVisible();
}
