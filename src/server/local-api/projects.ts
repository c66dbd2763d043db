import { Hono } from 'hono';
import type { AppEnv, Principal } from '../app-env';
import { problems } from '../http/api-error';
import { intParam } from '../http/ids';
import { paginated, readPagination } from '../http/pagination';
import { findProject, listProjects } from '../store/projects-repository';

/**
 * The projects a caller may see: all, unless it is a key limited to some projects. Only a legacy key (no
 * scopes) gets here with such a limit: the gateway refuses the others on this path, as PostHog does.
 */
function visibleTeams(principal: Principal): number[] | null {
  if (principal.kind === 'key' && principal.scopedTeams !== null && principal.scopedTeams.length > 0) {
    return principal.scopedTeams;
  }
  return null;
}

// Current PostHog rejects the nested environments route outright, before authentication (`initial()`):
// the projects/environments split was rolled back, and each project is its own one environment again.
const environmentsRetired =
  'Multiple environments per project are no longer available. Please contact support if you need assistance.';

/** `/api/projects/`: the environments (PostHog projects/teams) of the one organization. */
export function projectRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>({ strict: false });

  routes.get('/', (c) => {
    const page = readPagination(c);
    const { count, results } = listProjects(c.var.db, visibleTeams(c.var.principal), page);
    return c.json(paginated(c, page, count, results));
  });

  routes.all('/:id/environments/*', () => {
    throw problems.permissionDenied(environmentsRetired);
  });
  routes.all('/:id/environments', () => {
    throw problems.permissionDenied(environmentsRetired);
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
