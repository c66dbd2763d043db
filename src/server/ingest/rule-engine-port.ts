import type { EngineEvent, EngineRules, EvaluateOptions, EvaluationTrace } from '../../rule-engine/types';

/** What ingestion needs of the rule engine (src/rule-engine): its `evaluate`, the app's to give. */
export type RuleEngine = {
  evaluate: (event: EngineEvent, rules: EngineRules, options: EvaluateOptions) => EvaluationTrace;
};
