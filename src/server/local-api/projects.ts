import { Hono } from 'hono';
import type { AppEnv, Principal } from '../app-env';
import { problems } from '../http/api-error';
import { intParam } from '../http/ids';
import { paginated, readPagination } from '../http/pagination';
import { findProject, listProjects, type ProjectView } from '../store/projects-repository';

/** Only a legacy key (no scopes) gets here with a project limit: the gateway refuses the others on this path. */
function visibleTeams(principal: Principal): number[] | null {
  if (principal.kind === 'key' && principal.scopedTeams !== null && principal.scopedTeams.length > 0) {
    return principal.scopedTeams;
  }
  return null;
}

/** As PostHog served it while a project could hold several environments; this server has one per project. */
function environmentOf(project: ProjectView) {
  return {
    id: project.id,
    project_id: project.id,
    organization: project.organization,
    name: project.name,
    api_token: project.api_token,
  };
}

export function projectRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>({ strict: false });

  routes.get('/', (c) => {
    const page = readPagination(c);
    const { count, results } = listProjects(c.var.db, visibleTeams(c.var.principal), page);
    return c.json(paginated(c, page, count, results));
  });

  routes.get('/:id/environments', (c) => {
    const page = readPagination(c);
    const project = findProject(c.var.db, intParam(c, 'id'));
    if (!project) throw problems.notFound();
    const results = page.offset === 0 ? [environmentOf(project)] : [];
    return c.json(paginated(c, page, 1, results.slice(0, page.limit)));
  });

  // The environment middleware of `/projects/:teamId` has already answered 404 and 403 here.
  routes.get('/:id', (c) => {
    const project = findProject(c.var.db, intParam(c, 'id'));
    if (!project) throw problems.notFound();
    return c.json(project);
  });

  return routes;
}
