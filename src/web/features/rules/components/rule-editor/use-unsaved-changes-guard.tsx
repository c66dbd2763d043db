import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';

/**
 * While `dirty`, every navigation away (closing the editor, Back, a link) first asks "Discard unsaved changes?",
 * and leaving the page asks the browser's own question. `allowLeaving()` lets the next navigation through (after a
 * save or a delete, the changes are no longer at risk).
 */
export function useUnsavedChangesGuard(dirty: boolean, what: string) {
  const leaving = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium needs returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // ConfirmDialog calls onClose after a confirm too; by then the blocker is proceeding and must not be reset.
  const discarding = useRef(false);
  const prompt = (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="Discard unsaved changes?"
      message={`Your changes to ${what} will be lost.`}
      confirmLabel="Discard changes"
      cancelLabel="Keep editing"
      tone="danger"
      onConfirm={() => {
        discarding.current = true;
        blocker.proceed?.();
      }}
      onClose={() => {
        if (!discarding.current) blocker.reset?.();
        discarding.current = false;
      }}
    />
  );

  return {
    prompt,
    allowLeaving: () => {
      leaving.current = true;
    },
  };
}
