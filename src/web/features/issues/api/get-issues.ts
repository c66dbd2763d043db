import { queryOptions, useQuery } from '@tanstack/react-query';
import { paginatedSchema } from '../../../../contract/common';
import { issueSchema } from '../../../../contract/issues';
import { api } from '../../../lib/api-client';
import { environmentPath, withQuery } from '../../../lib/api-paths';
import { queryKeys } from '../../../lib/query-keys';

const issuesPageSchema = paginatedSchema(issueSchema);
export type IssueListParams = { limit?: number; offset?: number };

export function getIssues(envId: number, params: IssueListParams, signal?: AbortSignal) {
  return api.get(withQuery(environmentPath(envId, 'error_tracking/issues/'), params), issuesPageSchema, { signal });
}

export const issuesQueryOptions = (envId: number, params: IssueListParams = {}) =>
  queryOptions({
    queryKey: queryKeys.list(envId, 'issues', params),
    queryFn: ({ signal }) => getIssues(envId, params, signal),
  });

export const useIssues = (envId: number, params?: IssueListParams) => useQuery(issuesQueryOptions(envId, params));
