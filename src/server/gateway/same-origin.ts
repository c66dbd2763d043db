import type { Context } from 'hono';

/**
 * A write carried by the session cookie must come from our own pages. Browsers send
 * Sec-Fetch-Site on every fetch; older ones at least send Origin on writes. A write with
 * neither is not from a page of ours either, so it is refused too.
 */
export function isSameOriginWrite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = c.req.header('origin');
  if (origin === undefined || origin === 'null') return false;
  return origin === new URL(c.req.url).origin;
}
