import { liveQuery } from '../../lib/live-query';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { issueSchema } from '../../../contract/issues';
import { api } from '../../lib/api-client';
import { environmentPath } from '../../lib/api-paths';
import { issueKeys, issuesPath } from './keys';

export function getIssue(envId: number, id: string, signal?: AbortSignal) {
  return api.get(environmentPath(envId, `${issuesPath}${encodeURIComponent(id)}/`), issueSchema, { signal });
}

export const issueQueryOptions = (envId: number, id: string) =>
  queryOptions({
    queryKey: issueKeys.detail(envId, id),
    queryFn: ({ signal }) => getIssue(envId, id, signal),
    ...liveQuery,
  });

export const useIssue = (envId: number, id: string) => useQuery(issueQueryOptions(envId, id));
