import type { ReactNode } from 'react';
import { useWriteAccess } from '../../data/session/use-write-access';

/**
 * Wraps controls that change data. With a key that lacks error_tracking:write, a disabled fieldset turns
 * every button, input and select inside read-only at once (announced as unavailable), with the reason as
 * its description; the layout's banner says the same for the whole page.
 */
export function WriteScope({ children }: { children: ReactNode }) {
  const { canWrite, reason } = useWriteAccess();
  return (
    <fieldset className="write-scope" disabled={!canWrite} title={reason ?? undefined}>
      {children}
    </fieldset>
  );
}

/** The page-wide notice of a read-only session, shown once in the layout. */
export function ReadOnlyNotice() {
  const { canWrite, reason } = useWriteAccess();
  if (canWrite) return null;
  return (
    <p className="notice notice--read-only" role="status">
      Read-only: {reason}
    </p>
  );
}
