import type { IssueStatus } from '../../../contract/issues';

export type IssueRef = { id: string; name: string | null };

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
