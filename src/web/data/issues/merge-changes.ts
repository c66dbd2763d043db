import { countOf } from '../../lib/format';
import { issueTitle, type IssueRef } from './issue-ref';

/** `fingerprints`: the count the review said would move; the target's own are no part of what a merge promises. */
export type ReviewedIssue = IssueRef & { fingerprints?: number };

export type RereadIssue = { name: string | null; fingerprints: number } | null;

export type MergeChange =
  | { issue: ReviewedIssue; kind: 'gone' }
  | { issue: ReviewedIssue; kind: 'renamed'; name: string | null }
  | { issue: ReviewedIssue; kind: 'fingerprints'; fingerprints: number };

/** `reread[i]` is `reviewed[i]` as read again. */
export function mergeChanges(reviewed: readonly ReviewedIssue[], reread: readonly RereadIssue[]): MergeChange[] {
  return reviewed.flatMap((issue, index): MergeChange[] => {
    const now = reread[index];
    if (!now) return [{ issue, kind: 'gone' }];
    const changes: MergeChange[] = [];
    if (issueTitle(now) !== issueTitle(issue)) changes.push({ issue, kind: 'renamed', name: now.name });
    if (issue.fingerprints !== undefined && now.fingerprints !== issue.fingerprints) {
      changes.push({ issue, kind: 'fingerprints', fingerprints: now.fingerprints });
    }
    return changes;
  });
}

export function reviewNow(reviewed: readonly ReviewedIssue[], reread: readonly RereadIssue[]): ReviewedIssue[] {
  return reviewed.flatMap((issue, index) => {
    const now = reread[index];
    if (!now) return [];
    return [
      { ...issue, name: now.name, ...(issue.fingerprints === undefined ? {} : { fingerprints: now.fingerprints }) },
    ];
  });
}

export function describeMergeChange(change: MergeChange): string {
  const name = `“${issueTitle(change.issue)}”`;
  switch (change.kind) {
    case 'gone':
      return `${name} no longer exists: someone merged it into another issue or deleted it meanwhile.`;
    case 'renamed':
      return `${name} was renamed to “${issueTitle({ name: change.name })}” meanwhile.`;
    case 'fingerprints':
      return `${name} now holds ${countOf(change.fingerprints, 'fingerprint')}, not ${change.issue.fingerprints ?? 0}.`;
  }
}
