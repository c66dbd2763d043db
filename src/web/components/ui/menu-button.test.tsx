import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MenuButton, type MenuEntry } from './menu-button';

function renderMenu() {
  const actions = { up: vi.fn(), down: vi.fn(), duplicate: vi.fn(), remove: vi.fn() };
  const items: MenuEntry[] = [
    { label: 'Move up', onSelect: actions.up, disabled: true, disabledReason: 'Already first' },
    { label: 'Move down', onSelect: actions.down },
    { label: 'Duplicate', onSelect: actions.duplicate },
    'separator',
    { label: 'Delete', onSelect: actions.remove, tone: 'danger' },
  ];
  const user = userEvent.setup();
  render(
    <>
      <MenuButton label="Actions for rule 1" items={items} />
      <button type="button">Elsewhere</button>
    </>,
  );
  const button = screen.getByRole('button', { name: 'Actions for rule 1' });
  return { user, button, actions };
}

const item = (name: string) => screen.getByRole('menuitem', { name });

describe('MenuButton', () => {
  it('is a collapsed menu button until opened; a click puts focus in the menu', async () => {
    const { user, button } = renderMenu();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menu', { name: 'Actions for rule 1' })).toBeInTheDocument();
    expect(screen.getAllByRole('menuitem').map((node) => node.textContent)).toHaveLength(4);
    expect(screen.getByRole('separator')).toBeInTheDocument();
    expect(screen.getByRole('menu')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Move up')).toHaveFocus();
  });

  it('moves focus with the arrows (wrapping, over the separator), Home, End and first letters', async () => {
    const { user, button } = renderMenu();
    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(item('Move up')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(item('Delete')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Move up')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Delete')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('Move up')).toHaveFocus();
    await user.keyboard('{End}');
    expect(item('Delete')).toHaveFocus();
    await user.keyboard('m');
    expect(item('Move up')).toHaveFocus();
    await user.keyboard('m');
    expect(item('Move down')).toHaveFocus();
  });

  it('opens on ArrowUp at the last item', async () => {
    const { user, button } = renderMenu();
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(item('Delete')).toHaveFocus();
  });

  it('runs an item on Enter or Space, closes, and puts focus back on the button', async () => {
    const { user, button, actions } = renderMenu();
    button.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(actions.down).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    expect(button).toHaveFocus();

    await user.keyboard('{ArrowDown}{End} ');
    expect(actions.remove).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
  });

  it('keeps disabled items focusable, says why, and does not run them', async () => {
    const { user, button, actions } = renderMenu();
    await user.click(button);
    const moveUp = item('Move up');
    expect(moveUp).toHaveAttribute('aria-disabled', 'true');
    expect(moveUp).toHaveAccessibleDescription('Already first');
    await user.keyboard('{Enter}');
    await user.click(moveUp);
    expect(actions.up).not.toHaveBeenCalled();
    expect(screen.getByRole('menu')).toBeInTheDocument();
  });

  it('closes on Escape with focus back on the button, and on a click outside', async () => {
    const { user, button } = renderMenu();
    await user.click(button);
    await user.keyboard('{ArrowDown}{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();

    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
  });

  it('closes when Tab moves focus on', async () => {
    const { user, button } = renderMenu();
    await user.click(button);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
  });
});
