import { Hono } from 'hono';
import type { AppEnv, Principal } from '../app-env';
import { problems } from '../http/api-error';
import { intParam } from '../http/ids';
import { paginated, readPagination } from '../http/pagination';
import { findProject, listProjects, type ProjectView } from '../store/projects-repository';

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

/**
 * `/api/projects/:id/environments/` as PostHog served it while a project could hold several environments
 * (teams): a page of the project's environments, the same ids the error-tracking paths take. This server
 * has one environment per project, so the page holds the project itself. (Current PostHog rejects the
 * route with 403 "Multiple environments per project are no longer available…"; the dashboard reads that,
 * or a 404 from an instance older than the split, as "the project is its own environment".)
 */
function environmentOf(project: ProjectView) {
  return { id: project.id, project_id: project.id, organization: project.organization, name: project.name };
}

/** `/api/projects/`: the environments (PostHog projects/teams) of the one organization. */
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

  // Reached after the environment middleware of `/projects/:teamId` (see local-api/index.ts) has already
  // answered 404 for an unknown id and 403 for a key limited to other environments.
  routes.get('/:id', (c) => {
    const project = findProject(c.var.db, intParam(c, 'id'));
    if (!project) throw problems.notFound();
    return c.json(project);
  });

  return routes;
}
