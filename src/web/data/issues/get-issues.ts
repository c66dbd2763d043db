import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Assignee } from '../../../contract/assignee';
import { liveQuery } from '../../lib/live-query';
import { issueKeys } from './keys';
import { lacksQueryEndpoint, listIssues, type IssueListQuery, type IssuePage, type IssueWindow } from './list-issues';
import { pageOfUnassigned, scanUnassignedIssues, type UnassignedScan } from './list-unassigned-issues';

/** What the Issues page filters by: PostHog's query, except that "unassigned" is found here. */
export type IssueListFilter = Omit<IssueListQuery, 'assignee'> & { assignee: Assignee | 'unassigned' | null };

const issuesQueryOptions = (envId: number, query: IssueListQuery, window: IssueWindow) =>
  queryOptions({
    queryKey: issueKeys.list(envId, { ...query, ...window }),
    queryFn: ({ signal }) => listIssues(envId, query, window, signal),
    placeholderData: keepPreviousData,
    ...liveQuery,
  });

/** One scan serves every page of the unassigned list: paging does not read again. */
const unassignedIssuesQueryOptions = (envId: number, query: Omit<IssueListQuery, 'assignee'>) =>
  queryOptions({
    queryKey: issueKeys.list(envId, { ...query, assignee: 'unassigned' }),
    queryFn: ({ signal }): Promise<UnassignedScan> => scanUnassignedIssues(envId, query, signal),
    placeholderData: keepPreviousData,
    ...liveQuery,
  });

export function useIssues(envId: number, filter: IssueListFilter, window: IssueWindow) {
  const { assignee, ...rest } = filter;
  // Learnt from an answer: a PostHog without the query endpoint filters nothing, so neither does the scan.
  const scanning = assignee === 'unassigned' && !lacksQueryEndpoint(envId);
  const scan = useQuery({
    ...unassignedIssuesQueryOptions(envId, rest),
    enabled: scanning,
    select: (data): IssuePage => pageOfUnassigned(data, window),
  });
  const list = useQuery({
    ...issuesQueryOptions(envId, { ...rest, assignee: assignee === 'unassigned' ? null : assignee }, window),
    enabled: !scanning,
  });
  return scanning ? scan : list;
}
