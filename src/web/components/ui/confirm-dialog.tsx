import { useId, useRef, useState, type ReactNode } from 'react';
import { describeError } from '../../lib/api-error';
import { Button } from './button';
import { Dialog } from './dialog';

export type ConfirmDialogProps = {
  open: boolean;
  /** Names the thing: "Delete rule 3?". */
  title: string;
  message: ReactNode;
  /** The verb on the button: "Delete rule". */
  confirmLabel: string;
  /** Shown on the confirm button while the action runs (default "Working…"). */
  busyLabel?: string;
  cancelLabel?: string;
  tone?: 'default' | 'danger';
  /** Runs the action; the dialog closes when it resolves and stays open with the error when it rejects. */
  onConfirm: () => unknown;
  /** Cancel, Escape, backdrop, and after a successful confirm. */
  onClose: () => void;
};

/** Asks before an action; busy while the action runs, keeps the error in view if it fails. */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  busyLabel = 'Working…',
  cancelLabel = 'Cancel',
  tone = 'default',
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [wasOpen, setWasOpen] = useState(open);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const errorId = useId();

  // Each opening starts clean, whoever closed it last time.
  if (open !== wasOpen) {
    setWasOpen(open);
    setFailure(null);
    setBusy(false);
  }

  const close = () => {
    if (!busy) onClose();
  };

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
      setBusy(false);
      onClose();
    } catch (error) {
      setBusy(false);
      setFailure({ error });
    }
  };

  return (
    <Dialog
      open={open}
      role="alertdialog"
      size="small"
      title={title}
      description={message}
      onRequestClose={close}
      // Destructive confirmations start on the safe choice.
      initialFocusRef={tone === 'danger' ? cancelRef : confirmRef}
      showCloseButton={false}
      footer={
        <>
          <Button ref={cancelRef} onClick={close} disabled={busy}>
            {cancelLabel}
          </Button>
          <Button
            ref={confirmRef}
            variant={tone === 'danger' ? 'danger' : 'primary'}
            busy={busy}
            aria-describedby={failure ? errorId : undefined}
            onClick={() => void confirm()}
          >
            {busy ? busyLabel : confirmLabel}
          </Button>
        </>
      }
    >
      {failure && (
        <p id={errorId} className="dialog__error" role="alert">
          {describeError(failure.error)}
        </p>
      )}
    </Dialog>
  );
}
