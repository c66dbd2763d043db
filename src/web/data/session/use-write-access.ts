import { useCurrentKey } from './get-current-key';
import { hasScope } from './scopes';

export type WriteAccess = { canWrite: boolean; reason: string | null };

/** Unknown key: writes stay allowed, since the server is the judge and its 403 is shown where it happens. */
export function useWriteAccess(): WriteAccess {
  const key = useCurrentKey();
  if (!key.data || hasScope(key.data.scopes, 'error_tracking:write')) return { canWrite: true, reason: null };
  return { canWrite: false, reason: 'This key lacks error_tracking:write, so the dashboard is read-only.' };
}
