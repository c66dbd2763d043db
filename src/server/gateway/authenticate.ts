import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { problems } from '../http/api-error';
import { findKeyBySecret, touchKey } from './personal-api-keys';
import { createRateLimiter, type RateLimits } from './rate-limit';
import { isSameOriginWrite } from './same-origin';
import { scopedTeamsRefusal } from './scoped-teams';
import { hasScope, isSafeMethod, requiredScopes } from './scopes';
import { hasSession } from './session';

/** A request with `Authorization: Bearer` is judged by that key alone, never also by the session cookie. */
export function authenticate(sessionSecret: string, rateLimits: RateLimits, { acceptKeys = true } = {}) {
  const takeRequest = createRateLimiter(rateLimits);
  return createMiddleware<AppEnv>(async (c, next) => {
    const authorization = c.req.header('authorization');
    // The decoded path the router matches: judged on the raw URL, `/%65rror_tracking/` would need no scope at all.
    const pathname = c.req.path;
    if (authorization !== undefined) {
      if (!acceptKeys) {
        throw problems.authenticationFailed(
          'This server proxies PostHog for the dashboard only; call PostHog directly with your personal API key.',
        );
      }
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match) throw problems.authenticationFailed('Invalid Authorization header.');
      const key = findKeyBySecret(c.var.db, match[1]!);
      if (!key) throw problems.authenticationFailed();
      const wait = takeRequest(key.id);
      if (wait > 0) throw problems.throttled(wait);
      const refusal = scopedTeamsRefusal(c.var.db, pathname, key);
      if (refusal !== null) throw problems.permissionDenied(refusal);
      const missing = requiredScopes(c.req.method, pathname).find((needed) => !hasScope(key.scopes, needed));
      if (missing !== undefined) throw problems.permissionDenied(`API key missing required scope '${missing}'`);
      // Like PostHog, record use at most hourly: a write on every request would tax every read.
      if (key.last_used_at === null || Date.now() - Date.parse(key.last_used_at) > 3_600_000)
        touchKey(c.var.db, key.id);
      c.set('principal', { kind: 'key', id: key.id, scopes: key.scopes ?? ['*'], scopedTeams: key.scoped_teams });
    } else if (hasSession(c, sessionSecret)) {
      if (!isSafeMethod(c.req.method) && !isSameOriginWrite(c)) {
        throw problems.permissionDenied('Cross-site request refused: writes must come from the dashboard itself.');
      }
      c.set('principal', { kind: 'session' });
    } else {
      throw problems.notAuthenticated();
    }
    await next();
  });
}
