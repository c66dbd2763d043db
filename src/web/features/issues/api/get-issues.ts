import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { issueKeys } from '../../../lib/issues/issue-keys';
import { listIssues, type IssueFilters, type IssueWindow } from '../../../lib/issues/list-issues';

export const issuesQueryOptions = (envId: number, filters: IssueFilters, window: IssueWindow) =>
  queryOptions({
    queryKey: issueKeys.list(envId, { ...filters, ...window }),
    queryFn: ({ signal }) => listIssues(envId, filters, window, signal),
    // The current page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

export const useIssues = (envId: number, filters: IssueFilters, window: IssueWindow) =>
  useQuery(issuesQueryOptions(envId, filters, window));
