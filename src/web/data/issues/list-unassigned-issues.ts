import { issueQueryRowSchema } from '../../../contract/issues';
import type { Row } from '../../../contract/rows';
import { isUnassigned, type IssueRow } from './issue-row';
import { listIssues, type IssueListQuery, type IssuePage, type IssueWindow } from './list-issues';

/** PostHog's largest page of `query/issues`. */
const scanPageSize = 100;
/** At most this many issues are read to find the unassigned ones: five requests. */
const unassignedScanLimit = 500;

export type UnassignedScan = { rows: Row<IssueRow>[]; checked: number; complete: boolean; limited: boolean };

const assigneeOnly = issueQueryRowSchema.pick({ assignee: true });

/** An unreadable row stays (shown as unreadable) when what it says of its assignee is readable and says nobody. */
function keep(row: Row<IssueRow>): boolean {
  if (row.ok) return isUnassigned(row.value);
  const parsed = assigneeOnly.safeParse(row.raw);
  return parsed.success && isUnassigned(parsed.data);
}

/**
 * PostHog's issue query filters by one user or role, never by "nobody" (its `assignee` is `{id, type}` or absent), so
 * the issues matching the other filters are read here in PostHog's order, up to `unassignedScanLimit`, and the
 * unassigned ones kept.
 */
export async function scanUnassignedIssues(
  envId: number,
  query: Omit<IssueListQuery, 'assignee'>,
  signal?: AbortSignal,
): Promise<UnassignedScan> {
  const rows: Row<IssueRow>[] = [];
  let checked = 0;
  for (let offset = 0; offset < unassignedScanLimit; offset += scanPageSize) {
    const page = await listIssues(envId, { ...query, assignee: null }, { limit: scanPageSize, offset }, signal);
    // Without the query endpoint nothing is filtered anywhere; the list goes back to the plain REST pages.
    if (page.limited) return { rows: [], checked: 0, complete: false, limited: true };
    checked += page.rows.length;
    rows.push(...page.rows.filter(keep));
    if (!page.hasMore) return { rows, checked, complete: true, limited: false };
  }
  return { rows, checked, complete: false, limited: false };
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
