import { useEffect, useRef, useState } from 'react';
import { cx } from '../../lib/class-names';
import { Button } from './button';
import { IconButton } from './icon-button';
import type { ToastOptions } from './use-toast';

export type ToastRecord = ToastOptions & { id: string };

const defaultDuration = { success: 6_000, info: 6_000, error: 10_000 } as const;

/** Counts down only while nobody is reading (hover) or operating (focus) the toast. */
function useAutoDismiss(durationMs: number, paused: boolean, onExpire: () => void) {
  const remaining = useRef(durationMs);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  });
  useEffect(() => {
    if (paused) return;
    const startedAt = Date.now();
    const timer = setTimeout(() => expire.current(), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - startedAt));
    };
  }, [paused]);
}

export function Toast({ toast, onDismiss }: { toast: ToastRecord; onDismiss: (id: string) => void }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const dismiss = () => onDismiss(toast.id);
  useAutoDismiss(toast.durationMs ?? defaultDuration[toast.tone], hovered || focused, dismiss);

  return (
    // Each toast is its own live region: errors interrupt (alert), the rest wait their turn (status).
    <li
      role={toast.tone === 'error' ? 'alert' : 'status'}
      className={cx('toast', `toast--${toast.tone}`)}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      <p className="toast__message">{toast.message}</p>
      {toast.action && (
        <Button
          size="small"
          variant="ghost"
          className="toast__action"
          onClick={() => {
            toast.action?.onAction();
            dismiss();
          }}
        >
          {toast.action.label}
        </Button>
      )}
      <IconButton aria-label="Dismiss" size="small" onClick={dismiss}>
        ×
      </IconButton>
    </li>
  );
}
