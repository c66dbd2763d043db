import type { Row } from '../../../contract/rows';
import type { IssueRow } from './issue-row';
import { listIssues, type IssueListQuery } from './list-issues';

/** PostHog's largest page of `query/issues`. */
const scanPageSize = 100;

export type IssueScan = {
  rows: Row<IssueRow>[];
  /** How many issues were read; `complete` when that was every one matching the query. */
  checked: number;
  complete: boolean;
  /** This PostHog has no query endpoint: its pages were not filtered or ordered by the query. */
  limited: boolean;
};

type ScanOptions = {
  /** Which rows to keep: PostHog filters neither for "nobody" nor for what the page checks on its own. */
  keep: (row: Row<IssueRow>) => boolean;
  /** At most this many issues are read (a request per 100). */
  max: number;
  /** Without the query endpoint nothing is filtered anywhere: stop at the first page, and keep nothing. */
  stopWhenLimited?: boolean;
  signal?: AbortSignal;
};

/** The issues matching `query` in PostHog's order, page by page up to `max`, keeping the rows `keep` accepts. */
export async function scanIssues(
  envId: number,
  query: IssueListQuery,
  { keep, max, stopWhenLimited = false, signal }: ScanOptions,
): Promise<IssueScan> {
  const rows: Row<IssueRow>[] = [];
  let checked = 0;
  let limited = false;
  for (let offset = 0; offset < max; offset += scanPageSize) {
    const page = await listIssues(envId, query, { limit: Math.min(scanPageSize, max - offset), offset }, signal);
    limited ||= page.limited;
    if (page.limited && stopWhenLimited) return { rows: [], checked: 0, complete: false, limited };
    checked += page.rows.length;
    rows.push(...page.rows.filter(keep));
    if (!page.hasMore) return { rows, checked, complete: true, limited };
  }
  return { rows, checked, complete: false, limited };
}
