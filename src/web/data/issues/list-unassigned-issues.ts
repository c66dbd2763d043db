import { issueQueryRowSchema } from '../../../contract/issues';
import type { Row } from '../../../contract/rows';
import { isUnassigned, type IssueRow } from './issue-row';
import type { IssueListQuery, IssuePage, IssueWindow } from './list-issues';
import { scanIssues, type IssueScan } from './scan-issues';

/** At most this many issues are read to find the unassigned ones: five requests. */
const unassignedScanLimit = 500;

export type UnassignedScan = IssueScan;

const assigneeOnly = issueQueryRowSchema.pick({ assignee: true });

/** An unreadable row stays (shown as unreadable) when what it says of its assignee is readable and says nobody. */
function keepUnassigned(row: Row<IssueRow>): boolean {
  if (row.ok) return isUnassigned(row.value);
  const parsed = assigneeOnly.safeParse(row.raw);
  return parsed.success && isUnassigned(parsed.data);
}

/**
 * PostHog's issue query filters by one user or role, never by "nobody" (its `assignee` is `{id, type}` or absent), so
 * the issues matching the other filters are read here in PostHog's order, up to `unassignedScanLimit`, and the
 * unassigned ones kept.
 */
export function scanUnassignedIssues(
  envId: number,
  query: Omit<IssueListQuery, 'assignee'>,
  signal?: AbortSignal,
): Promise<UnassignedScan> {
  return scanIssues(
    envId,
    { ...query, assignee: null },
    { keep: keepUnassigned, max: unassignedScanLimit, stopWhenLimited: true, signal },
  );
}

export function pageOfUnassigned(scan: UnassignedScan, { limit, offset }: IssueWindow): IssuePage {
  return {
    rows: scan.rows.slice(offset, offset + limit),
    count: scan.complete ? scan.rows.length : null,
    hasMore: offset + limit < scan.rows.length,
    limited: scan.limited,
    unassigned: { checked: scan.checked, complete: scan.complete },
  };
}
