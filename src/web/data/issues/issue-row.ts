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

export const issueRefOf = (row: Pick<IssueRow, 'id' | 'name'>): IssueRef => ({ id: row.id, name: row.name ?? null });
