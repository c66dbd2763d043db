import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';

/** PostHog's default `API_ENVIRONMENTS_SUNSET_DATE` (2026-07-31); an instance may set another date, or none. */
export const environmentsSunset = 'Fri, 31 Jul 2026 00:00:00 GMT';

/** PostHog's EnvironmentsRewriteMiddleware: every answer under `/api/environments/`, errors included, carries these. */
export const environmentsDeprecation = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const url = new URL(c.req.url);
  const successor = `${url.pathname.replace(/^\/api\/environments\//, '/api/projects/')}${url.search}`;
  c.res.headers.set('Deprecation', 'true');
  c.res.headers.set('Sunset', environmentsSunset);
  c.res.headers.set('Link', `<${successor}>; rel="successor-version"`);
});
