const futureCutoffMs = 23 * 3600 * 1000;

/** common_types::timestamp::parse_date: RFC 3339 first, then the other shapes SDKs send, UTC when no zone. */
export function parseEventDate(text: string): number | null {
  const value = text.trim();
  if (/^\d{13}$/.test(value)) return Number(value);
  if (/^\d{10}$/.test(value)) return Number(value) * 1000;
  // `+03` → `+03:00`, as capture normalizes it.
  let iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?[+-]\d{2}$/.test(value) ? `${value}:00` : value;
  // A civil date-time without a zone is UTC to capture; JavaScript would read it as local time.
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(iso)) iso = `${iso.replace(' ', 'T')}Z`;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}

export type TimestampInputs = {
  timestamp: string | null;
  offset: number | null;
  sentAt: Date | null;
  ignoreSentAt: boolean;
  now: number;
};

/**
 * common_types::timestamp::parse_event_timestamp: the client's timestamp corrected by its clock skew (sent_at − now),
 * `offset` (ms before now) winning; unparseable → now; more than 23 h ahead → now; outside years 0–9999 → the epoch.
 */
export function eventTimestamp({ timestamp, offset, sentAt, ignoreSentAt, now }: TimestampInputs): Date {
  let time = now;
  const parsed = timestamp === null ? null : parseEventDate(timestamp);
  if (parsed !== null) time = sentAt !== null && !ignoreSentAt ? parsed - (sentAt.getTime() - now) : parsed;
  if (offset !== null) time = now - offset;
  if (time - now > futureCutoffMs) time = now;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return Number.isNaN(year) || year < 0 || year > 9999 ? new Date(0) : date;
}
