import type { RuleStatsWindowDays } from '../../../contract/rule-stats';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** The window and its buckets for the sparklines: hours over a day, days over a week or a month. */
export type StatsWindow = { days: number; from: number; to: number; count: number; ms: number };

export function statsWindow(days: RuleStatsWindowDays, now: number): StatsWindow {
  const ms = days === 1 ? hourMs : dayMs;
  return { days, from: now - days * dayMs, to: now, count: (days * dayMs) / ms, ms };
}

/** An event's bucket; one stamped a little in the future (clock skew) counts in the last. */
export const bucketOf = (window: StatsWindow, time: number): number =>
  Math.min(window.count - 1, Math.max(0, Math.floor((time - window.from) / window.ms)));
