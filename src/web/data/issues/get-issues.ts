import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { liveQuery } from '../../lib/live-query';
import { issueKeys } from './keys';
import { listIssues, type IssueListQuery, type IssueWindow } from './list-issues';

export const issuesQueryOptions = (envId: number, query: IssueListQuery, window: IssueWindow) =>
  queryOptions({
    queryKey: issueKeys.list(envId, { ...query, ...window }),
    queryFn: ({ signal }) => listIssues(envId, query, window, signal),
    placeholderData: keepPreviousData,
    ...liveQuery,
  });

export const useIssues = (envId: number, query: IssueListQuery, window: IssueWindow) =>
  useQuery(issuesQueryOptions(envId, query, window));
