import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Issue } from '../../../contract/issues';
import { issueKeys } from './issue-keys';
import { listIssues } from './list-issues';

export const issueSearchLimit = 20;

/** At most 20 issues whose name (or description) contains `text`, newest first; see listIssues for the fallback. */
export async function searchIssues(envId: number, text: string, signal?: AbortSignal): Promise<Issue[]> {
  const page = await listIssues(envId, { search: text }, { limit: issueSearchLimit, offset: 0 }, signal);
  return page.results;
}

export const searchIssuesQueryOptions = (envId: number, text: string) =>
  queryOptions({
    queryKey: issueKeys.search(envId, text.trim()),
    queryFn: ({ signal }) => searchIssues(envId, text, signal),
    // The options stay in view while the next search runs, instead of flashing empty.
    placeholderData: keepPreviousData,
  });

export const useSearchIssues = (envId: number, text: string, enabled = true) =>
  useQuery({ ...searchIssuesQueryOptions(envId, text), enabled });
