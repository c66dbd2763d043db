import { useSyncExternalStore } from 'react';

/** PostHog marks a path that will stop working with `Deprecation` / `Sunset` headers. */
export type DeprecationNotice = {
  prefix: string;
  deprecatedOn: string | null;
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

export function useDeprecationNotices(): DeprecationNotice[] {
  return useSyncExternalStore(subscribe, () => notices);
}

/** Tests only. */
export function resetDeprecationNotices(): void {
  notices = [];
}
