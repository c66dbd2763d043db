import { isAssignee } from './assignee-guard';
import { assignmentOutcome, assignmentProperties, assignmentRuns } from './assignment-outcome';
import { runStage, type StageRun } from './run-stage';
import type { EngineAssignmentRule, EvaluationTrace, IssueContext, Json } from './types';

export type AssignmentRun = StageRun<EngineAssignmentRule> & NonNullable<EvaluationTrace['assignment']>;

/**
 * Assignment (spec 4.3, 4.4): only when the event creates an issue or reopens a resolved one. The first rule that
 * matches and names an assignee wins; one that names nobody counts as no match.
 */
export function assignmentStage(
  rules: readonly EngineAssignmentRule[],
  properties: Record<string, Json>,
  issue: IssueContext,
): AssignmentRun {
  const run = runStage(
    'assignment',
    rules,
    { properties: assignmentProperties(properties, issue), ...(issue.issue ? { issue: issue.issue } : {}) },
    (rule) =>
      isAssignee(rule.assignee)
        ? { outcome: 'matched', wins: true }
        : { outcome: 'matched-without-assignee', wins: false },
    assignmentRuns(issue),
  );
  const ruleAssignee = run.winnerRule && isAssignee(run.winnerRule.assignee) ? run.winnerRule.assignee : null;
  return { ...run, ...assignmentOutcome(issue, ruleAssignee) };
}
