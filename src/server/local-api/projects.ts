import { Hono } from 'hono';
import type { AppEnv, Principal } from '../app-env';
import { problems } from '../http/api-error';
import { intParam } from '../http/ids';
import { paginated, readPagination } from '../http/pagination';
import { findProject, listProjects } from '../store/projects-repository';

/** The projects a caller may see: all, unless it is a key limited to some environments. */
function visibleTeams(principal: Principal): number[] | null {
  if (principal.kind === 'key' && principal.scopedTeams !== null && principal.scopedTeams.length > 0) {
    return principal.scopedTeams;
  }
  return null;
}

/** `/api/projects/`: the environments (PostHog projects/teams) of the one organization. */
export function projectRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>({ strict: false });

  routes.get('/', (c) => {
    const page = readPagination(c);
    const { count, results } = listProjects(c.var.db, visibleTeams(c.var.principal), page);
    return c.json(paginated(c, page, count, results));
  });

  // Reached after the environment middleware of `/projects/:teamId` (see local-api/index.ts) has already
  // answered 404 for an unknown id and 403 for a key limited to other environments.
  routes.get('/:id', (c) => {
    const project = findProject(c.var.db, intParam(c, 'id'));
    if (!project) throw problems.notFound();
    return c.json(project);
  });

  return routes;
}
