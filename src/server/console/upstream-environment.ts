import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { intParam } from '../http/ids';

/** In connected mode PostHog knows the environments: it answers 404 or 403 for one the key cannot see. */
export const upstreamEnvironment = createMiddleware<AppEnv>(async (c, next) => {
  c.set('teamId', intParam(c, 'teamId'));
  await next();
});
