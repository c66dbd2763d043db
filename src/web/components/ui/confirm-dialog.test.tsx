import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { ConfirmDialog } from './confirm-dialog';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function renderConfirm(onConfirm: () => Promise<void>, onClose = vi.fn()) {
  const user = userEvent.setup();
  render(
    <ConfirmDialog
      open
      title="Delete rule 3?"
      message="Exceptions it matched will no longer be assigned."
      confirmLabel="Delete rule"
      busyLabel="Deleting…"
      tone="danger"
      onConfirm={onConfirm}
      onClose={onClose}
    />,
  );
  return { user, onClose };
}

describe('ConfirmDialog', () => {
  it('is an alert dialog that starts on Cancel when the action is destructive', () => {
    renderConfirm(() => Promise.resolve());
    const dialog = screen.getByRole('alertdialog', { name: 'Delete rule 3?' });
    expect(dialog).toHaveAccessibleDescription('Exceptions it matched will no longer be assigned.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('is busy while the action runs, ignores Escape meanwhile, and closes when it succeeds', async () => {
    const action = deferred();
    const onConfirm = vi.fn(() => action.promise);
    const { user, onClose } = renderConfirm(onConfirm);
    await user.click(screen.getByRole('button', { name: 'Delete rule' }));

    const busy = screen.getByRole('button', { name: 'Deleting…' });
    expect(busy).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await user.click(busy);
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
    expect(onConfirm).toHaveBeenCalledOnce();

    action.resolve();
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledOnce());
  });

  it('stays open with the error when the action fails, and can be tried again', async () => {
    const onConfirm = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(
        new ApiError(403, {
          type: 'authentication_error',
          code: 'permission_denied',
          detail: 'No write scope.',
          attr: null,
        }),
      )
      .mockResolvedValueOnce(undefined);
    const { user, onClose } = renderConfirm(onConfirm);

    await user.click(screen.getByRole('button', { name: 'Delete rule' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No write scope.');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    const retry = screen.getByRole('button', { name: 'Delete rule' });
    expect(retry).not.toHaveAttribute('aria-busy');
    expect(retry).toHaveAccessibleDescription('No write scope.');

    await user.click(retry);
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    expect(onConfirm).toHaveBeenCalledTimes(2);
  });

  it('closes on Cancel without running the action', async () => {
    const onConfirm = vi.fn(() => Promise.resolve());
    const { user, onClose } = renderConfirm(onConfirm);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
