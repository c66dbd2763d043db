import { isAssignee } from './assignee-guard';
import type { EngineAssignee, EvaluationTrace, IssueContext, Json } from './types';

export type AssignmentOutcome = Pick<
  NonNullable<EvaluationTrace['assignment']>,
  'ran' | 'assignee' | 'keptExisting' | 'reason'
>;

/** Assignment rules run only when the event creates an issue or reopens a resolved one (spec 4.3). */
export const assignmentRuns = (issue: IssueContext): boolean => issue.isNew || issue.reopened;

/** What assignment rules read: the properties, with the issue's id as `$exception_issue_id` once there is one. */
export const assignmentProperties = (properties: Record<string, Json>, issue: IssueContext): Record<string, Json> =>
  issue.issue?.id === undefined ? properties : { ...properties, $exception_issue_id: issue.issue.id };

/**
 * What the issue ends up with, given the winning rule's assignee. On a reopen an existing assignment is kept:
 * cymbal's insert is `ON CONFLICT DO UPDATE` a no-op.
 */
export function assignmentOutcome(issue: IssueContext, ruleAssignee: EngineAssignee | null): AssignmentOutcome {
  const ran = assignmentRuns(issue);
  if (!ran) {
    const status = issue.issue?.status ?? 'active';
    return {
      ran,
      assignee: null,
      keptExisting: false,
      reason: `linked to an existing ${status} issue: assignment rules run only when an issue is created or reopened`,
    };
  }
  const existing = isAssignee(issue.existingAssignee) ? issue.existingAssignee : null;
  if (issue.reopened && existing) {
    return {
      ran,
      assignee: existing,
      keptExisting: true,
      reason: 'reopened an issue that is already assigned: the existing assignment is kept',
    };
  }
  const reason = ruleAssignee
    ? `${issue.isNew ? 'new' : 'reopened'} issue: assigned by the first matching rule`
    : `${issue.isNew ? 'new' : 'reopened'} issue: no rule matched with an assignee`;
  return { ran, assignee: ruleAssignee, keptExisting: false, reason };
}
