import { Hono, type Context } from 'hono';
import {
  githubReposParamsSchema,
  githubReposSchema,
  integrationListParamsSchema,
  jiraProjectsSchema,
  linearTeamsSchema,
} from '../../contract/integrations';
import type { AppEnv } from '../app-env';
import { problems } from '../http/api-error';
import { readQuery } from '../http/body';
import { intParam } from '../http/ids';
import { paginated, readPagination } from '../http/pagination';
import {
  findIntegration,
  listIntegrations,
  pickerItems,
  toIntegration,
  type StoredIntegration,
} from '../store/integrations-repository';
import { containsIgnoringCase } from '../store/text-search';
import { refuseOtherMethods } from './refuse-methods';

function integrationOf(c: Context<AppEnv>): StoredIntegration {
  const integration = findIntegration(c.var.db, c.var.teamId, intParam(c, 'id'));
  if (!integration) throw problems.notFound();
  return integration;
}

function pickerSource(c: Context<AppEnv>, kind: string, picker: string): StoredIntegration {
  const integration = integrationOf(c);
  if (integration.kind !== kind) {
    throw problems.validation(
      `${picker} is only available for ${kind} integrations; this one is ${integration.kind}.`,
      null,
    );
  }
  return integration;
}

const linearTeam = linearTeamsSchema.shape.teams.element;
const githubRepo = githubReposSchema.shape.repositories.element;
const jiraProject = jiraProjectsSchema.shape.projects.element;

/** Credentials and picker data never leave the server. */
export function integrationRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ strict: false });

  app.get('/', (c) => {
    const page = readPagination(c);
    const { kind } = readQuery(c, integrationListParamsSchema);
    const { count, results } = listIntegrations(c.var.db, c.var.teamId, kind || undefined, page);
    return c.json(paginated(c, page, count, results));
  });

  app.get('/:id', (c) => c.json(toIntegration(integrationOf(c))));

  app.get('/:id/linear_teams', (c) => {
    const integration = pickerSource(c, 'linear', 'linear_teams');
    return c.json({ teams: pickerItems(integration, 'teams', linearTeam) });
  });

  app.get('/:id/github_repos', (c) => {
    const integration = pickerSource(c, 'github', 'github_repos');
    const { search, limit, offset } = readQuery(c, githubReposParamsSchema);
    const term = search.trim();
    const matching = pickerItems(integration, 'repositories', githubRepo).filter(
      (repo) => term === '' || containsIgnoringCase(repo.name, term) || containsIgnoringCase(repo.full_name, term),
    );
    return c.json({
      repositories: matching.slice(offset, offset + limit),
      has_more: offset + limit < matching.length,
      total: matching.length,
    });
  });

  app.get('/:id/jira_projects', (c) => {
    const integration = pickerSource(c, 'jira', 'jira_projects');
    return c.json({ projects: pickerItems(integration, 'projects', jiraProject) });
  });

  refuseOtherMethods(app, ['/', '/:id', '/:id/linear_teams', '/:id/github_repos', '/:id/jira_projects']);
  return app;
}
