import type { ExceptionEvent } from '../../../contract/recent-exceptions';
import { capturedProperties, evaluate, type EvaluationTrace } from '../../../rule-engine';
import type { EngineRuleKind, EngineRules } from '../../../rule-engine/types';

/** `evaluate` on each stored exception as the Explain view runs it: what ingestion added taken off, a new issue. */
export const referenceTraces = (events: readonly ExceptionEvent[], rules: EngineRules): EvaluationTrace[] =>
  events.map((event) =>
    evaluate({ uuid: event.uuid, properties: capturedProperties(event.properties) }, rules, {
      resolveIssue: () => ({ isNew: true, reopened: false }),
    }),
  );

/** Each issue's earliest exception that suppression keeps (events come newest first). */
export function referenceOpeners(events: readonly ExceptionEvent[], traces: readonly EvaluationTrace[]): Set<number> {
  const first = new Map<string, number>();
  events.forEach((event, index) => {
    if (traces[index]!.suppression.suppressed) return;
    const key = event.issue_id ?? event.fingerprint ?? event.uuid;
    const known = first.get(key);
    if (known === undefined || Date.parse(event.timestamp) <= Date.parse(events[known]!.timestamp)) {
      first.set(key, index);
    }
  });
  return new Set(first.values());
}

/** What the exception's fate at the stage is, whichever rule decides it. */
export function referenceEffect(kind: EngineRuleKind, trace: EvaluationTrace): string {
  if (kind === 'suppression') return trace.suppression.suppressed ? 'dropped' : 'kept';
  if (kind === 'grouping') {
    if (trace.grouping.source === 'manual') return 'sdk-fingerprint';
    return trace.grouping.winner ? `grouped:${trace.grouping.winner}` : 'own-fingerprint';
  }
  const assignee = trace.assignment?.assignee;
  return assignee ? `assigned:${assignee.type}:${String(assignee.id)}` : 'unassigned';
}

/** The stage's rules of the trace, by kind. */
export const stageOf = (kind: EngineRuleKind, trace: EvaluationTrace) =>
  kind === 'assignment' ? trace.assignment! : trace[kind];
