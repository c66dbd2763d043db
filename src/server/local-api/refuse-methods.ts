import type { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { problems } from '../http/api-error';

/** PostHog's ForbidDestroyModel answers DELETE with an empty 405 (`emptyDelete`). */
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
