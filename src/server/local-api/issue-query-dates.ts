import type { IssueQueryDateRange } from '../../contract/issues';
import { problems } from '../http/api-error';

const dayMs = 86_400_000;
/** PostHog reads `all` as "the last four years" (365 × 4 days). */
const allDays = 365 * 4;

type Step = { ms?: number; months?: number };
const units: Record<string, (n: number) => Step> = {
  s: (n) => ({ ms: n * 1000 }),
  M: (n) => ({ ms: n * 60_000 }),
  h: (n) => ({ ms: n * 3_600_000 }),
  d: (n) => ({ ms: n * dayMs }),
  w: (n) => ({ ms: n * 7 * dayMs }),
  // A quarter is 13 weeks in PostHog's relative dates.
  q: (n) => ({ ms: n * 13 * 7 * dayMs }),
  m: (n) => ({ months: n }),
  y: (n) => ({ months: n * 12 }),
};

/** Calendar months like dateutil's relativedelta: the day is clamped to the target month's last day. */
function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const target = new Date(date);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.getTime();
}

const isoPattern = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** One without a zone is UTC (the environment's time zone here). */
function parseIso(value: string): number | null {
  if (!isoPattern.test(value)) return null;
  const normalized = value.replace(' ', 'T');
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(normalized) || !normalized.includes('T') ? normalized : `${normalized}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? null : ms;
}

/** A relative `date_to` counts forward from now: PostHog's parser ignores the sign and adds. */
function parseDate(value: string, now: number, direction: -1 | 1, attr: string): number {
  const iso = parseIso(value.trim());
  if (iso !== null) return iso;
  const match = /^-?(\d+)([sMhdwqmy])$/.exec(value.trim());
  if (!match) {
    throw problems.validation(
      `"${value}" is not a date: use an ISO 8601 timestamp or a relative date such as -7d.`,
      attr,
    );
  }
  const step = units[match[2]!]!(Number(match[1]));
  return step.months !== undefined ? addMonths(now, direction * step.months) : now + direction * (step.ms ?? 0);
}

export type DateWindow = { from: string; to: string };

export function resolveDateRange(range: IssueQueryDateRange | undefined, now: number): DateWindow {
  const from = range?.date_from ?? '-7d';
  const to = range?.date_to;
  if (to === 'all') throw problems.validation('"all" is only valid as date_from.', 'dateRange__date_to');
  const fromMs = from === 'all' ? now - allDays * dayMs : parseDate(from, now, -1, 'dateRange__date_from');
  const toMs = to === undefined || to === null || to === '' ? now : parseDate(to, now, 1, 'dateRange__date_to');
  return { from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString() };
}
