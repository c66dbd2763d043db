import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { problems } from '../http/api-error';
import { intParam } from '../http/ids';

export const environment = createMiddleware<AppEnv>(async (c, next) => {
  const teamId = intParam(c, 'teamId');
  const exists = c.var.db.prepare('SELECT 1 FROM projects WHERE id = ?').get(teamId);
  if (!exists) throw problems.notFound();
  const principal = c.var.principal;
  if (
    principal.kind === 'key' &&
    principal.scopedTeams !== null &&
    principal.scopedTeams.length > 0 &&
    !principal.scopedTeams.includes(teamId)
  ) {
    throw problems.permissionDenied("You don't have access to the project.");
  }
  c.set('teamId', teamId);
  await next();
});
