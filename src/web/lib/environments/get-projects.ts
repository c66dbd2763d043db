import { queryOptions, useQuery } from '@tanstack/react-query';
import { paginatedSchema } from '../../../contract/common';
import { projectSchema } from '../../../contract/organization';
import { api } from '../api-client';
import { withQuery } from '../api-paths';
import { queryKeys } from '../query-keys';

const projectsPageSchema = paginatedSchema(projectSchema);

/** The environments this session may open (PostHog calls them projects; the id is the same). */
export function getProjects(signal?: AbortSignal) {
  return api.get(withQuery('/api/projects/', { limit: 1000 }), projectsPageSchema, { signal });
}

export const projectsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.projects(),
    queryFn: ({ signal }) => getProjects(signal),
    staleTime: 5 * 60_000,
  });

export const useProjects = () => useQuery(projectsQueryOptions());
