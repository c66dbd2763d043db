import { createContext, useContext } from 'react';

export type ToastTone = 'success' | 'error' | 'info';

export type ToastOptions = {
  message: string;
  tone: ToastTone;
  /** One button beside the message ("Undo"); pressing it runs the action and dismisses the toast. */
  action?: { label: string; onAction: () => void };
  /** Default 6 s, errors 10 s; the clock stops while the toast is hovered or has focus. */
  durationMs?: number;
};

export type ToastApi = {
  show: (options: ToastOptions) => string;
  dismiss: (id: string) => void;
};

export const ToastContext = createContext<ToastApi | null>(null);

/** `show` / `dismiss` toasts; needs the ToastProvider (rendered once in app/providers.tsx). */
export function useToast(): ToastApi {
  const toasts = useContext(ToastContext);
  if (toasts === null) throw new Error('useToast() needs a <ToastProvider> above it.');
  return toasts;
}
