import type { Assignee } from '../../../contract/assignee';
import type { Issue, IssueQueryRow } from '../../../contract/issues';
import type { IssueRef } from './issue-ref';

/** An issue as lists show it: PostHog's compact `query/issues` row (a REST issue is read into the same shape). */
export type IssueRow = IssueQueryRow;

/** The row's assignee in the contract's shape, or null when it names nobody (or nobody the dashboard can read). */
export function rowAssignee(row: Pick<IssueRow, 'assignee'>): Assignee | null {
  const { id, type } = row.assignee ?? {};
  if (type === 'user' && id !== null && id !== undefined && /^\d+$/.test(String(id))) {
    return { type, id: Number(id) };
  }
  if (type === 'role' && typeof id === 'string') return { type, id };
  return null;
}

/** The REST list's issue (older PostHog) as a list row: it has no last_seen and no aggregates. */
export function rowOfIssue(issue: Issue): IssueRow {
  const { id, name, description, status, first_seen, assignee } = issue;
  return { id, name, description, status, first_seen, assignee };
}

export const issueRefOf = (row: Pick<IssueRow, 'id' | 'name'>): IssueRef => ({ id: row.id, name: row.name ?? null });
