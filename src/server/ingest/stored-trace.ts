import type { EvaluationTrace, StageTrace } from '../../rule-engine/types';
import type { LinkedIssue } from './link-issue';

/** The rules that decided something; a rule that did not match, or was never reached, replays from the properties. */
function notable<S extends StageTrace>(stage: S) {
  return {
    ...stage,
    evaluated: stage.rules.length,
    rules: stage.rules.filter((rule) => rule.outcome !== 'not-matched' && rule.outcome !== 'not-reached'),
  };
}

/**
 * What ingestion decided for a stored event, for a later backtest: the engine's trace without the properties (the
 * event row holds them) and without the rules that changed nothing, plus the issue it linked to.
 */
export function storedTrace(trace: EvaluationTrace, issue: LinkedIssue, assigned: boolean) {
  return {
    grouping: notable(trace.grouping),
    suppression: notable(trace.suppression),
    assignment: trace.assignment === null ? null : notable(trace.assignment),
    sdk: trace.sdk,
    errors: trace.errors,
    issue: { id: issue.id, created: issue.isNew, reopened: issue.reopened, assigned },
  };
}
