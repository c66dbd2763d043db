import { isAssignee } from './assignee-guard';
import { compileRule, type CompileOptions, type RuleMatcher } from './compile-rule';
import { ruleList } from './rule-list';
import { samplingDraw } from './sampling-draw';
import { orderRules } from './stage-order';
import type {
  EngineAssignmentRule,
  EngineGroupingRule,
  EngineRuleBase,
  EngineRuleKind,
  EngineRules,
  EngineSuppressionRule,
} from './types';

/**
 * Whether a rule whose filters match ends its stage: grouping rules always; suppression rules by their sampling rate
 * (`draw`: it depends on the event's uuid); assignment rules when they name an assignee.
 */
export type WinPolicy = 'always' | 'never' | 'draw';

export type CompiledRule<R extends EngineRuleBase = EngineRuleBase> = {
  rule: R;
  id: string;
  /** Never evaluated by cymbal (`disabled_data` is set); its filters still compile, to say what it would match. */
  disabled: boolean;
  tiedWith: string[];
  match: RuleMatcher;
  wins: WinPolicy;
  samplingRate: number;
};

/** Each stage's rules in cymbal's order (see `orderRules`), compiled once for any number of events. */
export type CompiledRules = {
  grouping: CompiledRule<EngineGroupingRule>[];
  suppression: CompiledRule<EngineSuppressionRule>[];
  assignment: CompiledRule<EngineAssignmentRule>[];
};

function samplingPolicy(rate: number): WinPolicy {
  if (rate >= 1) return 'always';
  if (rate <= 0 || !Number.isFinite(rate)) return 'never';
  return 'draw';
}

function compileStage<R extends EngineRuleBase>(
  kind: EngineRuleKind,
  rules: readonly R[] | undefined,
  policy: (rule: R) => WinPolicy,
  options: CompileOptions,
  samplingRate: (rule: R) => number = () => 1,
): CompiledRule<R>[] {
  return orderRules(ruleList(rules)).map(({ rule, disabled, tiedWith }) => ({
    rule,
    id: String(rule.id),
    disabled,
    tiedWith,
    match: compileRule(kind, rule.filters, options),
    wins: policy(rule),
    samplingRate: samplingRate(rule),
  }));
}

export function compileRules(rules: EngineRules, options: CompileOptions = {}): CompiledRules {
  const rateOf = (rule: EngineSuppressionRule) => rule.sampling_rate ?? 1;
  const assigns = (rule: EngineAssignmentRule): WinPolicy => (isAssignee(rule.assignee) ? 'always' : 'never');
  return {
    grouping: compileStage('grouping', rules?.grouping, () => 'always', options),
    suppression: compileStage(
      'suppression',
      rules?.suppression,
      (rule) => samplingPolicy(rateOf(rule)),
      options,
      rateOf,
    ),
    assignment: compileStage('assignment', rules?.assignment, assigns, options),
  };
}

/** Whether a matching rule ends its stage for the event with this uuid. */
export const winsFor = (rule: CompiledRule, uuid: string): boolean =>
  rule.wins === 'always' || (rule.wins === 'draw' && samplingDraw(uuid, rule.samplingRate).suppress);
