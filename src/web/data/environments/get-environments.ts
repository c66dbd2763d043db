import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { paginatedSchema } from '../../../contract/common';
import { projectSchema, type Project } from '../../../contract/organization';
import { api } from '../../lib/api-client';
import { ApiError, projectScopedKeyMessage, refusesProjectScopedKey } from '../../lib/api-error';
import { withQuery } from '../../lib/api-paths';
import { queryKeys } from '../query-keys';
import { getBackend } from '../session/get-backend';
import { getCurrentKey } from '../session/get-current-key';

/** One environment (PostHog team) the session may open; its id is what every error-tracking path takes. */
export type EnvironmentOption = {
  id: number;
  name: string;
  /** The project's name when the environment is one of several in it (PostHog's projects/environments split). */
  projectName: string | null;
};

export type Environments = {
  results: EnvironmentOption[];
  /** Set when the key cannot list environments and only some are offered: why, in plain words. */
  limitedReason: string | null;
  /** The key is limited to specific projects (`scoped_teams`), so organization-wide lists are closed to it. */
  projectScoped: boolean;
};

const projectsPageSchema = paginatedSchema(projectSchema);
const projectEnvironmentsSchema = paginatedSchema(z.looseObject({ id: z.number().int(), name: z.string() }));

const asEnvironment = (project: Project): EnvironmentOption => ({
  id: project.id,
  name: project.name,
  projectName: null,
});

/**
 * A project's environments, from `/api/projects/:id/environments/` as PostHog served it during the split.
 * Current PostHog refuses that route (403: one environment per project again) and older instances lack it
 * (404): then the project is its own environment, with the same id. Only the first project is asked
 * unless it answers, so current PostHog costs one call.
 */
async function expandEnvironments(projects: Project[], signal?: AbortSignal): Promise<EnvironmentOption[]> {
  const environmentsOf = (project: Project) =>
    api.get(withQuery(`/api/projects/${project.id}/environments/`, { limit: 1000 }), projectEnvironmentsSchema, {
      signal,
    });
  const [first, ...rest] = projects;
  if (first === undefined) return [];
  const firstPage = await environmentsOf(first).catch(() => null);
  if (firstPage === null) return projects.map(asEnvironment);
  const pages = [firstPage, ...(await Promise.all(rest.map((project) => environmentsOf(project).catch(() => null))))];
  return projects.flatMap((project, index) => {
    const environments = pages[index]?.results ?? [];
    if (environments.length <= 1) return [asEnvironment(project)];
    return environments.map((environment) => ({
      id: environment.id,
      name: environment.name,
      projectName: project.name,
    }));
  });
}

/** An environment known only by its id; `/api/projects/:id/` names it when the key may read it. */
async function namedEnvironment(id: number, signal?: AbortSignal): Promise<EnvironmentOption> {
  const project = await api.get(`/api/projects/${id}/`, projectSchema, { signal }).catch(() => null);
  return { id, name: project?.name ?? `Environment ${id}`, projectName: null };
}

/**
 * When the list is refused: a key limited to specific projects is offered those (the configured default
 * first); a key without `project:read` only the configured default. Without either, the 403 stands.
 */
async function limitedEnvironments(error: ApiError, signal?: AbortSignal): Promise<Environments> {
  const [backend, key] = await Promise.all([
    getBackend(signal).catch(() => null),
    getCurrentKey(signal).catch(() => null),
  ]);
  const scopedTeams = key?.scoped_teams ?? [];
  const projectScoped = scopedTeams.length > 0 || refusesProjectScopedKey(error);
  const configured = backend?.default_environment_id ?? null;
  const ids = [...new Set([...(configured === null ? [] : [configured]), ...scopedTeams])];
  if (ids.length === 0) throw error;
  return {
    results: await Promise.all(ids.map((id) => namedEnvironment(id, signal))),
    limitedReason: projectScoped
      ? projectScopedKeyMessage
      : `This key cannot list environments (${error.detail}); showing the configured default only.`,
    projectScoped,
  };
}

/** The environments this session may open. */
export async function getEnvironments(signal?: AbortSignal): Promise<Environments> {
  let projects: Project[];
  try {
    projects = (await api.get(withQuery('/api/projects/', { limit: 1000 }), projectsPageSchema, { signal })).results;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 403) throw error;
    return limitedEnvironments(error, signal);
  }
  return { results: await expandEnvironments(projects, signal), limitedReason: null, projectScoped: false };
}

export const environmentsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.projects(),
    queryFn: ({ signal }) => getEnvironments(signal),
    staleTime: 5 * 60_000,
  });

export const useEnvironments = () => useQuery(environmentsQueryOptions());
