const guardKey = 'tc:session-renewal';
/** A second expiry within this window means renewal did not help: stop instead of looping. */
const guardWindowMs = 60_000;

export const windowNavigation = {
  assign: (url: string) => window.location.assign(url),
};

// A worker (the rule preview's) has no page to send to /auth/session, nor session storage: it reports the 401.
const inWorker = () => typeof window === 'undefined';

/** After our 401, `/auth/session` re-issues the cookie (or sends the person to /login) and comes back here. */
export function renewSessionOnce(now = Date.now()): boolean {
  if (inWorker()) return false;
  const last = Number(sessionStorage.getItem(guardKey) ?? 0);
  if (now - last < guardWindowMs) return false;
  sessionStorage.setItem(guardKey, String(now));
  const next = window.location.pathname + window.location.search;
  windowNavigation.assign(`/auth/session?next=${encodeURIComponent(next)}`);
  return true;
}

export function clearSessionRenewalGuard(): void {
  if (inWorker()) return;
  if (sessionStorage.getItem(guardKey) !== null) sessionStorage.removeItem(guardKey);
}
