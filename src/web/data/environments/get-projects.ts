import { queryOptions } from '@tanstack/react-query';
import { paginatedSchema } from '../../../contract/common';
import { projectSchema, type Project } from '../../../contract/organization';
import { api } from '../../lib/api-client';
import { withQuery } from '../../lib/api-paths';
import { queryKeys } from '../query-keys';

const projectsPageSchema = paginatedSchema(projectSchema);

export async function getProjects(signal?: AbortSignal): Promise<Project[]> {
  return (await api.get(withQuery('/api/projects/', { limit: 1000 }), projectsPageSchema, { signal })).results;
}

/** The environments are a second round trip beyond this; a project's id is always one of them (its primary). */
export const projectsQueryOptions = () =>
  queryOptions({
    queryKey: [...queryKeys.projects(), 'page'],
    queryFn: ({ signal }) => getProjects(signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
