import type { EngineRuleKind } from '../../../rule-engine/types';
import type { RuleOfKind } from './rule-verdict';

/**
 * What a rule's verdicts depend on, as text: its id (grouping's fingerprint names it), its filters and, by kind,
 * the sampling rate or the assignee. Not its place or whether it is disabled: those decide whether it is reached.
 */
export function ruleKey<K extends EngineRuleKind>(kind: K, rule: RuleOfKind<K>): string {
  const extra =
    kind === 'suppression' && 'sampling_rate' in rule
      ? String(rule.sampling_rate)
      : kind === 'assignment' && 'assignee' in rule
        ? JSON.stringify(rule.assignee ?? null)
        : '';
  return `${kind}\u0000${String(rule.id)}\u0000${JSON.stringify(rule.filters) ?? 'undefined'}\u0000${extra}`;
}
