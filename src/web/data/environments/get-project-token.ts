import { queryOptions, useQuery } from '@tanstack/react-query';
import { projectSchema } from '../../../contract/organization';
import { api } from '../../lib/api-client';
import { environmentPath } from '../../lib/api-paths';
import { queryKeys } from '../query-keys';

export type ProjectTokenSource = {
  envId: number;
  /** One of several environments in its project (the projects/environments split): its token is the team's own. */
  secondary: boolean;
};

/**
 * The environment's project token (`api_token`, `phc_…`), which SDKs capture with; null when the answer carries none.
 * A secondary environment is read at `/api/environments/:id/`: `/api/projects/:id/` would name its project's primary.
 */
export async function getProjectToken({ envId, secondary }: ProjectTokenSource, signal?: AbortSignal) {
  const path = secondary ? `/api/environments/${envId}/` : environmentPath(envId, '');
  const project = await api.get(path, projectSchema, { signal });
  return project.api_token?.trim() || null;
}

export const projectTokenQueryOptions = ({ envId, secondary }: ProjectTokenSource) =>
  queryOptions({
    queryKey: [...queryKeys.environment(envId), 'project_token', secondary] as const,
    queryFn: ({ signal }) => getProjectToken({ envId, secondary }, signal),
    staleTime: 5 * 60_000,
  });

export const useProjectToken = (source: ProjectTokenSource, enabled = true) =>
  useQuery({ ...projectTokenQueryOptions(source), enabled });
