import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog, type DialogCloseReason } from './dialog';

/** Opens from a button; `allowClose` decides whether a close request is granted (as an unsaved-changes prompt would). */
function Harness({
  onRequest,
  allowClose = true,
}: {
  onRequest: (reason: DialogCloseReason) => void;
  allowClose?: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Edit rule
      </button>
      <Dialog
        open={open}
        title="Edit rule 3"
        description="Rules run top to bottom."
        onRequestClose={(reason) => {
          onRequest(reason);
          if (allowClose) setOpen(false);
        }}
        footer={<button type="button">Save</button>}
      >
        <label>
          Description <input />
        </label>
      </Dialog>
    </>
  );
}

async function openDialog(props: Parameters<typeof Harness>[0]) {
  const user = userEvent.setup();
  render(<Harness {...props} />);
  await user.click(screen.getByRole('button', { name: 'Edit rule' }));
  return { user, dialog: screen.getByRole('dialog', { name: 'Edit rule 3' }) };
}

describe('Dialog', () => {
  it('opens modally, named by its title and described, with focus on its first field', async () => {
    const { dialog } = await openDialog({ onRequest: vi.fn() });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAccessibleDescription('Rules run top to bottom.');
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveFocus();
  });

  it('sends Escape through onRequestClose, and stays open when the caller declines', async () => {
    const onRequest = vi.fn();
    const { user, dialog } = await openDialog({ onRequest, allowClose: false });
    await user.keyboard('{Escape}');
    expect(onRequest).toHaveBeenCalledExactlyOnceWith('escape');
    expect(dialog).toBeInTheDocument();
    expect(dialog).toHaveAttribute('open');
  });

  it('closes through onRequestClose and gives focus back to the button that opened it', async () => {
    const onRequest = vi.fn();
    const { user } = await openDialog({ onRequest });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit rule' })).toHaveFocus();
  });

  it('asks to close on a backdrop click and on the × button, but not on a click inside', async () => {
    const onRequest = vi.fn();
    const { user, dialog } = await openDialog({ onRequest, allowClose: false });
    await user.click(screen.getByRole('textbox', { name: 'Description' }));
    expect(onRequest).not.toHaveBeenCalled();
    await user.click(dialog);
    expect(onRequest).toHaveBeenLastCalledWith('backdrop');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onRequest).toHaveBeenLastCalledWith('close-button');
  });
});
