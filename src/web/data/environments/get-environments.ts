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
import { getProjects, projectsQueryOptions } from './get-projects';

export type EnvironmentOption = {
  id: number;
  name: string;
  /** Set when the environment is one of several in its project (PostHog's projects/environments split). */
  projectName: string | null;
};

export type Environments = {
  results: EnvironmentOption[];
  limitedReason: string | null;
  /** Limited by `scoped_teams`: organization-wide lists are closed to it. */
  projectScoped: boolean;
};

const projectEnvironmentsSchema = paginatedSchema(z.looseObject({ id: z.number().int(), name: z.string() }));

const asEnvironment = (project: Project): EnvironmentOption => ({
  id: project.id,
  name: project.name,
  projectName: null,
});

/**
 * PostHog served this route during the projects/environments split; current PostHog refuses it (403) and older
 * instances lack it (404): then the project is its own environment. Only the first project is asked unless it answers.
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

async function namedEnvironment(id: number, signal?: AbortSignal): Promise<EnvironmentOption> {
  const project = await api.get(`/api/projects/${id}/`, projectSchema, { signal }).catch(() => null);
  return { id, name: project?.name ?? `Environment ${id}`, projectName: null };
}

/** A key limited to specific projects is offered those; a key without `project:read` only the configured default. */
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

export async function getEnvironments(
  signal?: AbortSignal,
  listProjects: () => Promise<Project[]> = () => getProjects(signal),
): Promise<Environments> {
  let projects: Project[];
  try {
    projects = await listProjects();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 403) throw error;
    return limitedEnvironments(error, signal);
  }
  return { results: await expandEnvironments(projects, signal), limitedReason: null, projectScoped: false };
}

export const environmentsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.projects(),
    queryFn: ({ client, signal }) => getEnvironments(signal, () => client.fetchQuery(projectsQueryOptions())),
    staleTime: 5 * 60_000,
  });

export const useEnvironments = () => useQuery(environmentsQueryOptions());
