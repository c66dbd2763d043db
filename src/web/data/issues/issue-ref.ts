import type { IssueStatus } from '../../../contract/issues';

/**
 * An issue as a picker or a dialog names it. Names repeat ("TypeError"), so what tells issues apart travels with
 * the id where the answer carried it: a search row has all of it, a REST issue no occurrence count.
 */
export type IssueRef = {
  id: string;
  name: string | null;
  description?: string | null;
  first_seen?: string | null;
  occurrences?: number;
};

export function issueTitle(issue: { name: string | null }): string {
  return issue.name?.trim() || 'Unnamed issue';
}

export const issueStatusLabels: Record<IssueStatus, string> = {
  active: 'Active',
  resolved: 'Resolved',
  suppressed: 'Suppressed',
  archived: 'Archived',
  pending_release: 'Pending release',
};

export const issuePagePath = (envId: number, issueId: string) => `/env/${envId}/issues/${issueId}`;
