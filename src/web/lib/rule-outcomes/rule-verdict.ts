import { compileRules, winsFor } from '../../../rule-engine';
import type { EngineRuleKind, EngineRules, Json } from '../../../rule-engine/types';

export type RuleOfKind<K extends EngineRuleKind> = EngineRules[K][number];

/** What one live rule does with one exception when the stage reaches it. Stored one byte per exception. */
export const verdicts = {
  unknown: 0,
  noMatch: 1,
  /** Its filters match, but it does not end the stage: the sampling draw keeps the exception, or it names nobody. */
  matchedOnly: 2,
  wins: 3,
  /** Its evaluation errors: cymbal would disable it and go on with the next rule. */
  error: 4,
} as const;
export type Verdict = (typeof verdicts)[keyof typeof verdicts];

export type Judged = { verdict: Verdict; error?: string };

const noRules: EngineRules = { grouping: [], suppression: [], assignment: [] };

/**
 * How the stage decides about one rule, compiled once for running it over many exceptions: its filters, then what
 * a match leads to (grouping: the first match wins; suppression: the sampling draw on the event's uuid; assignment:
 * an assignee), as the engine's compiled stages decide it.
 */
export function ruleJudge<K extends EngineRuleKind>(
  kind: K,
  rule: RuleOfKind<K>,
): (properties: Record<string, Json>, uuid: string) => Judged {
  const compiled = compileRules({ ...noRules, [kind]: [rule] })[kind][0]!;
  return (properties, uuid) => {
    const result = compiled.match(properties);
    if (typeof result === 'object') return { verdict: verdicts.error, error: result.error };
    if (!result) return { verdict: verdicts.noMatch };
    return { verdict: winsFor(compiled, uuid) ? verdicts.wins : verdicts.matchedOnly };
  };
}
