import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Row } from '../../../contract/rows';
import { issueKeys } from './keys';
import type { IssueRow } from './issue-row';
import { lacksQueryEndpoint, listIssues } from './list-issues';

export const issueSearchLimit = 20;
/** Without the query endpoint nothing searches on the server: this many issues are read and searched here. */
export const restSearchLimit = 100;

export type IssueSearchResult = { rows: Row<IssueRow>[]; limited: boolean };

const contains = (row: Row<IssueRow>, text: string) =>
  !row.ok || `${row.value.name ?? ''}\n${row.value.description ?? ''}`.toLowerCase().includes(text);

export async function searchIssues(envId: number, text: string, signal?: AbortSignal): Promise<IssueSearchResult> {
  const search = text.trim();
  const query = { search, status: null, dateFrom: 'all', orderBy: 'last_seen' } as const;
  const limit = lacksQueryEndpoint(envId) ? restSearchLimit : issueSearchLimit;
  const page = await listIssues(envId, query, { limit, offset: 0 }, signal);
  if (!page.limited) return { rows: page.rows, limited: false };
  // Learnt just now: read the wider REST page once.
  const wide =
    limit === restSearchLimit ? page : await listIssues(envId, query, { limit: restSearchLimit, offset: 0 }, signal);
  const needle = search.toLowerCase();
  return { rows: wide.rows.filter((row) => contains(row, needle)).slice(0, issueSearchLimit), limited: true };
}

export const searchIssuesQueryOptions = (envId: number, text: string) =>
  queryOptions({
    queryKey: issueKeys.search(envId, text.trim()),
    queryFn: ({ signal }) => searchIssues(envId, text, signal),
    placeholderData: keepPreviousData,
  });

export const useSearchIssues = (envId: number, text: string, enabled = true) =>
  useQuery({ ...searchIssuesQueryOptions(envId, text), enabled });
