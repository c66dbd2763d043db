import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { isLoopbackHost } from '../config';
import { problems } from '../http/api-error';

/** Without DASHBOARD_TOKEN every same-origin page is trusted, so a DNS-rebinding page must be refused. */
export const hostGuard = createMiddleware<AppEnv>(async (c, next) => {
  const hostname = new URL(c.req.url).hostname;
  if (!isLoopbackHost(hostname)) {
    throw problems.permissionDenied(`Host "${hostname}" is not allowed; use 127.0.0.1 or localhost.`);
  }
  await next();
});
