import type { IssueStatus } from '../../../contract/issues';

/** An issue as pickers and links need it (a grouping rule's `issue` has this shape too). */
export type IssueRef = { id: string; name: string | null };

/** What to call an issue on screen: PostHog issues may have no name. */
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

/** The app's own URL of an issue's page. */
export const issuePagePath = (envId: number, issueId: string) => `/env/${envId}/issues/${issueId}`;
