import { rulePredicate } from './rule-predicate';
import { orderRules } from './stage-order';
import type {
  EngineRuleBase,
  EngineRuleKind,
  EvaluationTrace,
  IssueContext,
  Json,
  RuleOutcome,
  RuleTrace,
  StageTrace,
} from './types';

/** What a stage makes of a rule whose filters matched: its outcome, and whether it ends the stage. */
export type MatchDecision = { outcome: RuleOutcome; wins: boolean; draw?: RuleTrace['draw']; note?: string };

/**
 * What a rule's program can read: `properties`, and for assignment rules `issue` too. Filters on event properties
 * read only `properties`.
 */
export type HogGlobals = { properties: Record<string, Json>; issue?: IssueContext['issue'] };

export type StageRun<R> = StageTrace & { winnerRule: R | null; errors: EvaluationTrace['errors'] };

function disabledMessage(disabledData: Json | null): string | undefined {
  if (disabledData !== null && typeof disabledData === 'object' && !Array.isArray(disabledData)) {
    const message = disabledData.message;
    if (typeof message === 'string') return message;
  }
  return undefined;
}

/**
 * One stage as cymbal runs it: live rules in order, the first rule `decide` lets win ends the stage. A rule whose
 * evaluation errors would be disabled, and the next rule runs. Disabled rules are shown but never evaluated, and
 * rules after the winner are not reached.
 */
export function runStage<R extends EngineRuleBase>(
  kind: EngineRuleKind,
  rules: readonly R[],
  globals: HogGlobals,
  decide: (rule: R) => MatchDecision,
  reached = true,
): StageRun<R> {
  const run: StageRun<R> = { rules: [], winner: null, winnerRule: null, errors: [] };
  for (const { rule, disabled, tiedWith } of orderRules(rules)) {
    const ruleId = String(rule.id);
    const trace: RuleTrace = { kind, ruleId, orderKey: rule.order_key, outcome: 'not-reached', leaves: [], tiedWith };
    run.rules.push(trace);
    if (disabled) {
      trace.outcome = 'disabled';
      const message = disabledMessage(rule.disabled_data);
      if (message !== undefined) trace.error = message;
      continue;
    }
    if (!reached || run.winnerRule) continue;
    const predicate = rulePredicate(kind, rule.filters, globals.properties);
    trace.leaves = predicate.leaves;
    if (predicate.matchAll) trace.note = 'no filters: saved as match-all';
    if ('error' in predicate) {
      trace.outcome = 'would-be-disabled';
      trace.error = predicate.error;
      run.errors.push({ kind, ruleId, message: predicate.error });
      continue;
    }
    if (!predicate.matched) {
      trace.outcome = 'not-matched';
      continue;
    }
    const decision = decide(rule);
    trace.outcome = decision.outcome;
    if (decision.draw) trace.draw = decision.draw;
    if (decision.note) trace.note = decision.note;
    if (decision.wins) {
      run.winner = ruleId;
      run.winnerRule = rule;
    }
  }
  return run;
}
