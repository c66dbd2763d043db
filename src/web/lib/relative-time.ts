// One formatter for every time shown (toLocaleString with options builds one per call), made at first use: the first
// Intl object of a page loads the locale data, 20–50 ms measured in Chromium.
let absolute: Intl.DateTimeFormat | null = null;

type Unit = { name: string; size: number; previous?: string; next?: string };

/** Not `Intl.RelativeTimeFormat` for the same reason; the tests hold these words to its answers. */
const units: Unit[] = [
  { name: 'year', size: 365 * 24 * 3600_000, previous: 'last year', next: 'next year' },
  { name: 'month', size: 30 * 24 * 3600_000, previous: 'last month', next: 'next month' },
  { name: 'week', size: 7 * 24 * 3600_000, previous: 'last week', next: 'next week' },
  { name: 'day', size: 24 * 3600_000, previous: 'yesterday', next: 'tomorrow' },
  { name: 'hour', size: 3600_000 },
  { name: 'minute', size: 60_000 },
];

export function relativePhrase(count: number, unit: Unit): string {
  if (count === -1 && unit.previous) return unit.previous;
  if (count === 1 && unit.next) return unit.next;
  const size = Math.abs(count);
  const amount = `${size} ${unit.name}${size === 1 ? '' : 's'}`;
  return count < 0 ? `${amount} ago` : `in ${amount}`;
}

export function formatRelativeTime(iso: string, now = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const elapsed = time - now;
  for (const unit of units) {
    if (Math.abs(elapsed) >= unit.size) return relativePhrase(Math.trunc(elapsed / unit.size), unit);
  }
  return 'just now';
}

export const relativeUnits: readonly Unit[] = units;

export function formatAbsoluteTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  absolute ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return absolute.format(time);
}

const shortUnits = [
  { suffix: 'd', size: 24 * 3600_000 },
  { suffix: 'h', size: 3600_000 },
  { suffix: 'm', size: 60_000 },
];

/** How long ago, as "3h", "12d" or "now": for a line with no room for words. */
export function formatShortAge(iso: string, now = Date.now()): string {
  const elapsed = now - Date.parse(iso);
  if (Number.isNaN(elapsed)) return iso;
  const unit = shortUnits.find(({ size }) => elapsed >= size);
  return unit ? `${Math.floor(elapsed / unit.size)}${unit.suffix}` : 'now';
}
