import { paginatedSchema } from '../../../contract/common';
import type { Assignee } from '../../../contract/assignee';
import { issueQueryResultSchema, issueSchema, type Issue, type IssueStatus } from '../../../contract/issues';
import { api } from '../api-client';
import { ApiError } from '../api-error';
import { environmentPath, withQuery } from '../api-paths';
import { issuesPath } from './issue-keys';

export type IssueFilters = { search?: string; status?: IssueStatus | null; assignee?: Assignee | null };
export type IssueWindow = { limit: number; offset: number };
/** A page of issues; `count` is null when the server does not count (PostHog's query endpoint says only hasMore). */
export type IssuePage = { results: Issue[]; count: number | null; hasMore: boolean };

const issuesPageSchema = paginatedSchema(issueSchema);

/** Environments whose REST list turned out not to filter: later filtered lists go straight to the query endpoint. */
const restFiltersUnsupported = new Set<number>();

const hasFilters = ({ search, status, assignee }: IssueFilters) => !!search?.trim() || !!status || !!assignee;

async function viaQueryEndpoint(envId: number, filters: IssueFilters, window: IssueWindow, signal?: AbortSignal) {
  const body = {
    searchQuery: filters.search?.trim() || undefined,
    status: filters.status ?? undefined,
    assignee: filters.assignee ?? undefined,
    ...window,
  };
  const path = environmentPath(envId, 'error_tracking/query/issues/');
  const answer = await api.post(path, body, issueQueryResultSchema, { signal });
  return { results: answer.results, count: null, hasMore: answer.hasMore };
}

/**
 * Issues newest first. Search, status and assignee filters are the local server's extensions of the REST list;
 * PostHog's REST list has none, so a 400/404 falls back to `POST …/query/issues/`. A PostHog that ignores the
 * parameters answers 200 with every issue: its items lack the local `fingerprint_count` extension, which is taken
 * as the same "no filtering here".
 */
export async function listIssues(
  envId: number,
  filters: IssueFilters,
  window: IssueWindow,
  signal?: AbortSignal,
): Promise<IssuePage> {
  const filtered = hasFilters(filters);
  if (filtered && restFiltersUnsupported.has(envId)) return viaQueryEndpoint(envId, filters, window, signal);
  const params = {
    search: filters.search?.trim(),
    status: filters.status,
    assignee_type: filters.assignee?.type,
    assignee_id: filters.assignee?.id,
    limit: window.limit,
    offset: window.offset || undefined,
  };
  try {
    const page = await api.get(withQuery(environmentPath(envId, issuesPath), params), issuesPageSchema, { signal });
    const ignored = filtered && page.results.some((issue) => issue.fingerprint_count === undefined);
    if (!ignored) return { results: page.results, count: page.count, hasMore: page.next !== null };
  } catch (error) {
    if (!(filtered && error instanceof ApiError && (error.status === 400 || error.status === 404))) throw error;
  }
  restFiltersUnsupported.add(envId);
  return viaQueryEndpoint(envId, filters, window, signal);
}

/** Tests only: forget which environments lack REST filters. */
export function resetIssueFilterSupport(): void {
  restFiltersUnsupported.clear();
}
