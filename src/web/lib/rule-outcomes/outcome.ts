import type { EngineAssignee, EngineRuleKind } from '../../../rule-engine/types';
import type { Lane, OutcomeTable } from './outcome-table';

/** What PostHog's ingestion does with an exception at one stage. */
export type Outcome =
  | { type: 'kept' }
  | { type: 'dropped'; ruleId: string }
  /** No grouping rule matched: the fingerprint of its type and frames. */
  | { type: 'own-fingerprint' }
  /** The SDK sent a fingerprint, which wins over every grouping rule. */
  | { type: 'sdk-fingerprint' }
  | { type: 'grouped'; ruleId: string }
  | { type: 'unassigned' }
  | { type: 'assigned'; assignee: EngineAssignee };

/** The stage's outcome when the lane's rule at `at` wins (-1: none does). */
export function outcomeOf(table: OutcomeTable, lane: Lane, at: number, index: number): Outcome {
  const rule = at === -1 ? null : lane.rules[at]!;
  switch (lane.kind satisfies EngineRuleKind) {
    case 'suppression':
      return rule ? { type: 'dropped', ruleId: String(rule.id) } : { type: 'kept' };
    case 'grouping':
      if (table.hasManualFingerprint(index)) return { type: 'sdk-fingerprint' };
      return rule ? { type: 'grouped', ruleId: String(rule.id) } : { type: 'own-fingerprint' };
    case 'assignment':
      // A rule wins only with an assignee the engine accepts.
      return rule && 'assignee' in rule && rule.assignee
        ? { type: 'assigned', assignee: rule.assignee }
        : { type: 'unassigned' };
  }
}

/** What happens to the exception, whichever rule does it: being dropped by one rule or another is still dropped. */
export function effectOf(outcome: Outcome): string {
  switch (outcome.type) {
    case 'dropped':
      return 'dropped';
    case 'grouped':
      return `grouped:${outcome.ruleId}`;
    case 'assigned':
      return `assigned:${outcome.assignee.type}:${String(outcome.assignee.id)}`;
    default:
      return outcome.type;
  }
}

/** The outcome with the rule that gives it. */
export const outcomeKey = (outcome: Outcome): string =>
  outcome.type === 'dropped' ? `dropped:${outcome.ruleId}` : effectOf(outcome);
