import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';

/** Picks an option of a Select (a select-only combobox) as a person does: open it, click the option. */
export async function chooseOption(user: UserEvent, select: HTMLElement, option: string | RegExp) {
  await user.click(select);
  const listbox = await screen.findByRole('listbox');
  await user.click(within(listbox).getByRole('option', { name: option }));
  await waitFor(() => expect(select).toHaveAttribute('aria-expanded', 'false'));
}
