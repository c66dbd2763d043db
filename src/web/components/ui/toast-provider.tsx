import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { Toast, type ToastRecord } from './toast';
import { ToastContext, type ToastApi } from './use-toast';

/** More than this and the oldest ones go: a wall of toasts helps nobody. */
const maxToasts = 5;

/** Holds the toasts and renders them bottom-right, errors above the rest; renders nothing while there are none. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastRecord[]>([]);
  const nextId = useRef(0);

  const dismiss = useCallback((id: string) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback<ToastApi['show']>((options) => {
    const id = `toast-${++nextId.current}`;
    setToasts((current) => [...current, { ...options, id }].slice(-maxToasts));
    return id;
  }, []);
  const api = useMemo<ToastApi>(() => ({ show, dismiss }), [show, dismiss]);

  const list = (tone: 'errors' | 'others') => {
    const shown = toasts.filter((toast) => (toast.tone === 'error') === (tone === 'errors'));
    if (shown.length === 0) return null;
    return (
      <ol className="toast-viewport__list">
        {shown.map((toast) => (
          <Toast key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </ol>
    );
  };

  return (
    <ToastContext.Provider value={api}>
      {children}
      {toasts.length > 0 && (
        <section className="toast-viewport" aria-label="Notifications">
          {list('errors')}
          {list('others')}
        </section>
      )}
    </ToastContext.Provider>
  );
}
