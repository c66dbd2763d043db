import type { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { problems } from '../http/api-error';

/**
 * Registered after a router's real routes: any other method on these paths is a 405. PostHog's ForbidDestroyModel
 * answers DELETE with an empty 405 (`emptyDelete`); every other method gets the JSON `method_not_allowed`.
 */
export function refuseOtherMethods(app: Hono<AppEnv>, paths: string[], { emptyDelete = false } = {}): void {
  for (const path of paths) {
    if (emptyDelete) {
      app.delete(path, () => {
        throw problems.deleteForbidden();
      });
    }
    app.all(path, (c) => {
      throw problems.methodNotAllowed(c.req.method);
    });
  }
}
