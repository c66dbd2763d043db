import { expect, type Locator } from '@playwright/test';

/** Picks an option of the dashboard's Select (a select-only combobox with a listbox popup) as a person does. */
export async function chooseOption(select: Locator, option: string | RegExp) {
  await select.click();
  await select.page().getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  await expect(select).toHaveAttribute('aria-expanded', 'false');
}

/** The option names a Select offers, read from its open listbox (then closed again with Escape). */
export async function optionNames(select: Locator): Promise<string[]> {
  await select.click();
  const names = await select.page().getByRole('listbox').getByRole('option').allTextContents();
  await select.press('Escape');
  await expect(select).toHaveAttribute('aria-expanded', 'false');
  return names;
}
