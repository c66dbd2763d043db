import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Db } from '../store/database';

export const sessionCookieName = 'tc_session';

/** Kept in the database so a restart does not log the browser out. */
export function loadSessionSecret(db: Db): string {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'session_secret'").get() as { value: string } | undefined;
  if (row) return row.value;
  const secret = randomBytes(32).toString('base64url');
  db.prepare("INSERT INTO meta (key, value) VALUES ('session_secret', ?)").run(secret);
  return secret;
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function hasSession(c: Context, secret: string): boolean {
  const value = getCookie(c, sessionCookieName);
  return value !== undefined && constantTimeEqual(value, secret);
}

export function issueSession(c: Context, secret: string): void {
  setCookie(c, sessionCookieName, secret, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: c.req.url.startsWith('https:'),
  });
}
