import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { cx } from '../../lib/class-names';
import { IconButton } from './icon-button';
import './dialog.css';

export type DialogCloseReason = 'escape' | 'backdrop' | 'close-button';

export type DialogProps = {
  open: boolean;
  /** Escape, a backdrop click and the × button all ask here; the caller closes (or first asks about unsaved work). */
  onRequestClose: (reason: DialogCloseReason) => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  /** What gets focus on open; default: the first [autofocus] or focusable element in the body. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /** 'alertdialog' for confirmations that interrupt. */
  role?: 'dialog' | 'alertdialog';
  size?: 'small' | 'medium' | 'large';
  showCloseButton?: boolean;
  className?: string;
};

const focusable =
  'a[href], button:not(:disabled), input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** The caller's choice, else an autofocus element, else the first control of the body, the footer, the header. */
function initialFocusTarget(dialog: HTMLDialogElement, preferred?: HTMLElement | null): HTMLElement {
  if (preferred) return preferred;
  const autofocus = dialog.querySelector<HTMLElement>('[autofocus], [data-autofocus]');
  if (autofocus) return autofocus;
  for (const part of ['.dialog__body', '.dialog__footer', '.dialog__header']) {
    const control = dialog.querySelector(part)?.querySelector<HTMLElement>(focusable);
    if (control) return control;
  }
  return dialog;
}

/** A modal dialog on the native <dialog> (top layer, inert background); focus goes back to the opener on close. */
export function Dialog({
  open,
  onRequestClose,
  title,
  description,
  children,
  footer,
  initialFocusRef,
  role = 'dialog',
  size = 'medium',
  showCloseButton = true,
  className,
}: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const pressStartedOnBackdrop = useRef(false);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    initialFocusTarget(dialog, initialFocusRef?.current).focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open, initialFocusRef]);

  if (!open) return null;

  return (
    <dialog
      ref={dialogRef}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      tabIndex={-1}
      className={cx('dialog', `dialog--${size}`, className)}
      // Cancelling the keydown stops the browser's own close request, which could not be vetoed a second time.
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        event.stopPropagation();
        onRequestClose('escape');
      }}
      onCancel={(event) => {
        event.preventDefault();
        onRequestClose('escape');
      }}
      // The dialog element itself is hit only outside its inner frame, i.e. on the backdrop.
      onPointerDown={(event) => {
        pressStartedOnBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget && pressStartedOnBackdrop.current) onRequestClose('backdrop');
        pressStartedOnBackdrop.current = false;
      }}
    >
      <div className="dialog__frame">
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {showCloseButton && (
            <IconButton aria-label="Close" title="Close" onClick={() => onRequestClose('close-button')}>
              ×
            </IconButton>
          )}
        </header>
        {description && (
          <p id={descriptionId} className="dialog__description">
            {description}
          </p>
        )}
        <div className="dialog__body">{children}</div>
        {footer && <footer className="dialog__footer">{footer}</footer>}
      </div>
    </dialog>
  );
}
