import type { IssueAggregateRow } from '../store/issue-query-repository';

/** List rows carry a preview of the description: PostHog cuts it to 300 characters, its suffix included. */
export const maxListDescriptionChars = 300;

/** PostHog's `truncate_text`: counted in code points, as Python counts them. */
export function truncateDescription(value: string | null, max = maxListDescriptionChars): string | null {
  if (value === null) return null;
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  const suffix = `… [truncated from ${chars.length} chars]`;
  return `${chars.slice(0, max - Array.from(suffix).length).join('')}${suffix}`;
}

/** PostHog's LIST_ISSUE_FIELDS: no external issues, no fingerprint count. */
export function toIssueQueryRow(row: IssueAggregateRow) {
  return {
    id: row.id,
    name: row.name,
    description: truncateDescription(row.description),
    status: row.status,
    severity: null,
    first_seen: row.first_seen,
    last_seen: row.last_seen,
    library: row.library,
    source: row.source,
    assignee: row.assignee,
    aggregations: { occurrences: row.occurrences, users: row.users, sessions: row.sessions },
  };
}
