import { Hono } from 'hono';
import type { AppEnv } from './app-env';
import type { Upstream } from './connected/upstream-config';

export function backendInfoRoutes(upstream: Upstream | null): Hono<AppEnv> {
  const routes = new Hono<AppEnv>({ strict: false });
  routes.get('/backend', (c) =>
    c.json(
      upstream === null
        ? { mode: 'local', host: null, default_environment_id: null }
        : { mode: 'connected', host: upstream.origin, default_environment_id: upstream.environmentId },
    ),
  );
  return routes;
}
