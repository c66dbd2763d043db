import { runStage, type StageRun } from './run-stage';
import type { EngineAssignee, EngineAssignmentRule, EvaluationTrace, IssueContext, Json } from './types';

const isAssignee = (value: unknown): value is EngineAssignee =>
  value !== null &&
  typeof value === 'object' &&
  'type' in value &&
  'id' in value &&
  (value.type === 'user' || value.type === 'role') &&
  (typeof value.id === 'number' || typeof value.id === 'string');

export type AssignmentRun = StageRun<EngineAssignmentRule> & NonNullable<EvaluationTrace['assignment']>;

/**
 * Assignment (spec 4.3, 4.4): only when the event creates an issue or reopens a resolved one. The first rule that
 * matches and names an assignee wins; one that names nobody counts as no match. On a reopen an existing assignment
 * is kept: cymbal's insert is `ON CONFLICT DO UPDATE` a no-op.
 */
export function assignmentStage(
  rules: readonly EngineAssignmentRule[],
  properties: Record<string, Json>,
  issue: IssueContext,
): AssignmentRun {
  const ran = issue.isNew || issue.reopened;
  const seen = issue.issue?.id === undefined ? properties : { ...properties, $exception_issue_id: issue.issue.id };
  const run = runStage(
    'assignment',
    rules,
    { properties: seen, ...(issue.issue ? { issue: issue.issue } : {}) },
    (rule) =>
      isAssignee(rule.assignee)
        ? { outcome: 'matched', wins: true }
        : { outcome: 'matched-without-assignee', wins: false },
    ran,
  );
  const existing = isAssignee(issue.existingAssignee) ? issue.existingAssignee : null;
  const ruleAssignee = run.winnerRule && isAssignee(run.winnerRule.assignee) ? run.winnerRule.assignee : null;
  if (!ran) {
    const status = issue.issue?.status ?? 'active';
    return {
      ...run,
      ran,
      assignee: null,
      keptExisting: false,
      reason: `linked to an existing ${status} issue: assignment rules run only when an issue is created or reopened`,
    };
  }
  if (issue.reopened && existing) {
    return {
      ...run,
      ran,
      assignee: existing,
      keptExisting: true,
      reason: 'reopened an issue that is already assigned: the existing assignment is kept',
    };
  }
  const reason = ruleAssignee
    ? `${issue.isNew ? 'new' : 'reopened'} issue: assigned by the first matching rule`
    : `${issue.isNew ? 'new' : 'reopened'} issue: no rule matched with an assignee`;
  return { ...run, ran, assignee: ruleAssignee, keptExisting: false, reason };
}
