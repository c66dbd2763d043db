export type RateLimits = { perMinute: number; perHour: number };
export const postHogRateLimits: RateLimits = { perMinute: 480, perHour: 4800 };

/** Fixed-window counters in memory (one process serves the API); answers the seconds to wait, or 0. */
export function createRateLimiter(limits: RateLimits, now: () => number = Date.now) {
  const windows = [
    { length: 60_000, limit: limits.perMinute, counts: new Map<string, { start: number; count: number }>() },
    { length: 3_600_000, limit: limits.perHour, counts: new Map<string, { start: number; count: number }>() },
  ];
  return function take(key: string): number {
    const time = now();
    let wait = 0;
    for (const window of windows) {
      let entry = window.counts.get(key);
      if (!entry || time - entry.start >= window.length) {
        entry = { start: time, count: 0 };
        window.counts.set(key, entry);
      }
      if (entry.count >= window.limit) wait = Math.max(wait, Math.ceil((entry.start + window.length - time) / 1000));
    }
    if (wait > 0) return wait;
    for (const window of windows) window.counts.get(key)!.count += 1;
    return 0;
  };
}
