import type { Context } from 'hono';

/** Browsers send Sec-Fetch-Site on every fetch, older ones Origin on writes: a write with neither is refused. */
export function isSameOriginWrite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = c.req.header('origin');
  if (origin === undefined || origin === 'null') return false;
  return origin === new URL(c.req.url).origin;
}
