import { isAssignee } from './assignee-guard';
import { assignmentOutcome, assignmentProperties, assignmentRuns, type AssignmentOutcome } from './assignment-outcome';
import { winsFor, type CompiledRule, type CompiledRules } from './compile-rules';
import { deriveExceptionProperties } from './derive-exception-properties';
import { issueOrNone, readEvent } from './event-input';
import { groupingFingerprint, withFingerprint, type GroupingResult } from './grouping-fingerprint';
import { stageWinner } from './stage-winner';
import type { EngineEvent, EngineRuleBase, EngineRuleKind, EvaluateOptions, EvaluationTrace, Json } from './types';

/** What `evaluate` decides, without the trace: each stage's winner, the fingerprint, and the rules that errored. */
export type StagesOutcome = {
  grouping: GroupingResult & { winner: string | null };
  suppression: { winner: string | null; suppressed: boolean };
  assignment: (AssignmentOutcome & { winner: string | null }) | null;
  errors: EvaluationTrace['errors'];
};

/**
 * `evaluate`'s fast path, for many events against rules compiled once (`compileRules`): the same stages in the same
 * order and the same decisions, nothing recorded on the way.
 */
export function evaluateStages(event: EngineEvent, rules: CompiledRules, options: EvaluateOptions = {}): StagesOutcome {
  const { properties: raw, uuid } = readEvent(event);
  const errors: StagesOutcome['errors'] = [];
  const run = <R extends EngineRuleBase>(
    kind: EngineRuleKind,
    stage: CompiledRule<R>[],
    properties: Record<string, Json>,
    wins: (rule: CompiledRule<R>) => boolean,
  ): CompiledRule<R> | null => {
    const index = stageWinner(
      stage,
      (at) => stage[at]!.match(properties),
      wins,
      (at, message) => errors.push({ kind, ruleId: stage[at]!.id, message }),
    );
    return index === -1 ? null : stage[index]!;
  };

  const derived = deriveExceptionProperties(raw);
  const groupingWinner = run('grouping', rules.grouping, derived, () => true);
  const grouping = groupingFingerprint(derived, groupingWinner?.id ?? null);
  const properties = withFingerprint(derived, grouping);
  const suppressionWinner = run('suppression', rules.suppression, properties, (rule) => winsFor(rule, uuid));
  let assignment: StagesOutcome['assignment'] = null;
  if (suppressionWinner === null && options.resolveIssue) {
    const issue = issueOrNone(options.resolveIssue(grouping.fingerprint.fingerprint, properties));
    const winner = assignmentRuns(issue)
      ? run('assignment', rules.assignment, assignmentProperties(properties, issue), (rule) => rule.wins === 'always')
      : null;
    const assignee = winner && isAssignee(winner.rule.assignee) ? winner.rule.assignee : null;
    assignment = { winner: winner?.id ?? null, ...assignmentOutcome(issue, assignee) };
  }
  return {
    grouping: { ...grouping, winner: groupingWinner?.id ?? null },
    suppression: { winner: suppressionWinner?.id ?? null, suppressed: suppressionWinner !== null },
    assignment,
    errors,
  };
}
