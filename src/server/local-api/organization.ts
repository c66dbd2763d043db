import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { paginated, readPagination } from '../http/pagination';
import { listMembers } from '../store/members-repository';
import { listRoles } from '../store/roles-repository';

export function organizationRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>({ strict: false });

  routes.get('/members', (c) => {
    const page = readPagination(c);
    const { count, results } = listMembers(c.var.db, page);
    return c.json(paginated(c, page, count, results));
  });

  routes.get('/roles', (c) => {
    const page = readPagination(c);
    const { count, results } = listRoles(c.var.db, page);
    return c.json(paginated(c, page, count, results));
  });

  return routes;
}
