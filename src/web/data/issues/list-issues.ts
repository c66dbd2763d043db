import type { Assignee } from '../../../contract/assignee';
import type { IssueQueryInput, IssueStatus } from '../../../contract/issues';
import type { Row } from '../../../contract/rows';
import { ApiError } from '../../lib/api-error';
import type { IssueOrder } from './issue-order';
import type { IssueRow } from './issue-row';
import { postIssueQuery } from './post-issue-query';
import { listIssuesViaRest } from './list-issues-via-rest';

/** Every field is sent, so PostHog's narrow defaults never decide what a list means. */
export type IssueListQuery = {
  search?: string;
  status?: IssueStatus | null;
  assignee?: Assignee | null;
  /** PostHog's `dateRange.date_from`: `-7d`, an ISO time, or `all`. */
  dateFrom: string;
  orderBy: IssueOrder;
  orderDirection?: 'ASC' | 'DESC';
};
export type IssueWindow = { limit: number; offset: number };

export type IssuePage = {
  rows: Row<IssueRow>[];
  count: number | null;
  hasMore: boolean;
  limited: boolean;
  /** Set when the rows were picked here, as PostHog cannot filter for "no assignee" (list-unassigned-issues). */
  unassigned?: UnassignedScanExtent;
};

/** How many issues matching the other filters were read to find the unassigned ones, and whether that was all. */
export type UnassignedScanExtent = { checked: number; complete: boolean };

const withoutQueryEndpoint = new Set<number>();

export function issueQueryBody(query: IssueListQuery, window: IssueWindow): IssueQueryInput {
  return {
    dateRange: { date_from: query.dateFrom },
    status: query.status ?? 'all',
    assignee: query.assignee ?? null,
    filterTestAccounts: false,
    searchQuery: query.search?.trim() || undefined,
    orderBy: query.orderBy,
    orderDirection: query.orderDirection ?? 'DESC',
    limit: window.limit,
    offset: window.offset,
  };
}

/** A PostHog without `query/issues/` (404/405) is remembered and read through REST. */
export async function listIssues(
  envId: number,
  query: IssueListQuery,
  window: IssueWindow,
  signal?: AbortSignal,
): Promise<IssuePage> {
  if (!withoutQueryEndpoint.has(envId)) {
    try {
      const page = await postIssueQuery(envId, issueQueryBody(query, window), signal);
      return { ...page, count: null, limited: false };
    } catch (error) {
      if (!(error instanceof ApiError && (error.status === 404 || error.status === 405))) throw error;
      withoutQueryEndpoint.add(envId);
    }
  }
  return { ...(await listIssuesViaRest(envId, query.orderDirection ?? 'DESC', window, signal)), limited: true };
}

export const lacksQueryEndpoint = (envId: number) => withoutQueryEndpoint.has(envId);

/** Tests only. */
export function resetIssueQuerySupport(): void {
  withoutQueryEndpoint.clear();
}
