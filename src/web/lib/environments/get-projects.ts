import { queryOptions, useQuery } from '@tanstack/react-query';
import { paginatedSchema } from '../../../contract/common';
import { projectSchema, type Project } from '../../../contract/organization';
import { api } from '../api-client';
import { ApiError } from '../api-error';
import { withQuery } from '../api-paths';
import { queryKeys } from '../query-keys';
import { getBackend } from '../session/get-backend';

const projectsPageSchema = paginatedSchema(projectSchema);

export type Environments = {
  results: Project[];
  /** Set when the key cannot list environments and only the configured default is offered. */
  limitedReason: string | null;
};

/**
 * The environments this session may open (PostHog calls them projects; the id is the same). A key
 * without `project:read` cannot list them; then the server's default environment, if one is
 * configured, is the only one offered, and the reason is kept for the UI to say.
 */
export async function getProjects(signal?: AbortSignal): Promise<Environments> {
  try {
    const page = await api.get(withQuery('/api/projects/', { limit: 1000 }), projectsPageSchema, { signal });
    return { results: page.results, limitedReason: null };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 403) throw error;
    const backend = await getBackend(signal).catch(() => null);
    if (backend?.default_environment_id == null) throw error;
    const id = backend.default_environment_id;
    return {
      results: [{ id, name: `Environment ${id}` }],
      limitedReason: `This key cannot list environments (${error.detail}); showing the configured default only.`,
    };
  }
}

export const projectsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.projects(),
    queryFn: ({ signal }) => getProjects(signal),
    staleTime: 5 * 60_000,
  });

export const useProjects = () => useQuery(projectsQueryOptions());
