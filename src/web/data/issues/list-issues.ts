import type { Assignee } from '../../../contract/assignee';
import type { IssueQueryInput, IssueStatus } from '../../../contract/issues';
import type { Row } from '../../../contract/rows';
import { ApiError } from '../../lib/api-error';
import type { IssueOrder } from './issue-order';
import type { IssueRow } from './issue-row';
import { postIssueQuery } from './post-issue-query';
import { listIssuesViaRest } from './list-issues-via-rest';

/** What an issue list asks for. Every field is sent, so PostHog's narrow defaults never decide what a list means. */
export type IssueListQuery = {
  search?: string;
  /** Null: any status. */
  status?: IssueStatus | null;
  assignee?: Assignee | null;
  /** PostHog's `dateRange.date_from`: `-7d`, an ISO time, or `all`. */
  dateFrom: string;
  orderBy: IssueOrder;
  orderDirection?: 'ASC' | 'DESC';
};
export type IssueWindow = { limit: number; offset: number };

/**
 * A page of issue rows, each read on its own. `count` is null from the query endpoint (it says only whether there
 * is more). `limited`: this PostHog has no query endpoint, so the page is the unfiltered REST list, sorted here.
 */
export type IssuePage = { rows: Row<IssueRow>[]; count: number | null; hasMore: boolean; limited: boolean };

/** Environments whose PostHog has no `query/issues/` (older versions): their lists go straight to the REST list. */
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

/** Issues through `POST …/query/issues/`; a PostHog without it (404/405) is remembered and read through REST. */
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

/** Whether this environment's PostHog is known to lack `query/issues/`. */
export const lacksQueryEndpoint = (envId: number) => withoutQueryEndpoint.has(envId);

/** Tests only: forget which environments lack the query endpoint. */
export function resetIssueQuerySupport(): void {
  withoutQueryEndpoint.clear();
}
