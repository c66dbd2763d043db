import type { Assignee } from '../../../contract/assignee';
import type { Issue, IssueQueryRow } from '../../../contract/issues';
import type { IssueRef } from './issue-ref';

export type IssueRow = IssueQueryRow;

export function rowAssignee(row: Pick<IssueRow, 'assignee'>): Assignee | null {
  const { id, type } = row.assignee ?? {};
  if (type === 'user' && id !== null && id !== undefined && /^\d+$/.test(String(id))) {
    return { type, id: Number(id) };
  }
  if (type === 'role' && typeof id === 'string') return { type, id };
  return null;
}

/** Older PostHog's REST issue has no last_seen and no aggregates. */
export function rowOfIssue(issue: Issue): IssueRow {
  const { id, name, description, status, first_seen, assignee } = issue;
  return { id, name, description, status, first_seen, assignee };
}

export function issueRefOf(row: IssueRow): IssueRef {
  const occurrences = row.aggregations?.occurrences;
  return {
    id: row.id,
    name: row.name ?? null,
    description: row.description ?? null,
    first_seen: row.first_seen,
    // PostHog counts arrive as floats ("12.0").
    ...(occurrences === undefined ? {} : { occurrences: Math.round(occurrences) }),
  };
}

/** PostHog's compact row may spell "nobody" as `null`, as no key, or as an assignee with neither id nor type. */
export function isUnassigned(row: Pick<IssueRow, 'assignee'>): boolean {
  const { assignee } = row;
  return assignee === null || assignee === undefined || (assignee.id == null && assignee.type == null);
}
