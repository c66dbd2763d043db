/** Fixed, so the demo data does not depend on the day it is seeded. */
export const demoNow = Date.parse('2026-11-20T00:00:00.000Z');
export const dayMs = 86_400_000;

export function daysAgo(days: number): string {
  return isoSeconds(demoNow - days * dayMs);
}

export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}
