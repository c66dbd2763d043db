import { useSyncExternalStore } from 'react';

/** PostHog's word that a path stops working: seen on a response's `Deprecation` / `Sunset` headers. */
export type DeprecationNotice = {
  /** `/api/environments/`: the first two segments of the path that carried the headers. */
  prefix: string;
  /** When PostHog deprecated it (ISO date), if it said. */
  deprecatedOn: string | null;
  /** When it stops working (ISO date), if it said. */
  sunsetOn: string | null;
};

let notices: DeprecationNotice[] = [];
const listeners = new Set<() => void>();

/** `Deprecation: @1688169599` (RFC 9745), an HTTP date (older drafts) or `true`; `Sunset` is an HTTP date. */
function isoDate(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  const epoch = /^@(-?\d+)$/.exec(trimmed);
  const time = epoch ? Number(epoch[1]) * 1000 : Date.parse(trimmed);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

function prefixOf(path: string): string {
  const segments = path.split('?')[0]!.split('/').filter(Boolean);
  return `/${segments.slice(0, 2).join('/')}/`;
}

/** Called by the api client with every response's headers; keeps one notice per path prefix. */
export function recordDeprecation(path: string, headers: Headers): void {
  const deprecation = headers.get('Deprecation');
  const sunset = headers.get('Sunset');
  if (deprecation === null && sunset === null) return;
  const notice: DeprecationNotice = {
    prefix: prefixOf(path),
    deprecatedOn: isoDate(deprecation),
    sunsetOn: isoDate(sunset),
  };
  const known = notices.find((existing) => existing.prefix === notice.prefix);
  if (known && known.deprecatedOn === notice.deprecatedOn && known.sunsetOn === notice.sunsetOn) return;
  notices = [...notices.filter((existing) => existing !== known), notice];
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The deprecations seen in this tab so far (empty when PostHog marked nothing). */
export function useDeprecationNotices(): DeprecationNotice[] {
  return useSyncExternalStore(subscribe, () => notices);
}

/** Tests only. */
export function resetDeprecationNotices(): void {
  notices = [];
}
