import type { CompiledRule } from './compile-rules';
import type { RuleMatch } from './compile-rule';
import type { EngineRuleBase } from './types';

/**
 * `runStage` without a trace: the index of the stage's winner, or -1. Disabled rules are skipped; a rule that is
 * reached and errors is reported to `onError` and the next one runs; `wins` says whether a matching rule ends the
 * stage. `matchAt` may answer from verdicts computed beforehand.
 */
export function stageWinner<R extends EngineRuleBase>(
  stage: readonly CompiledRule<R>[],
  matchAt: (index: number) => RuleMatch,
  wins: (rule: CompiledRule<R>) => boolean,
  onError?: (index: number, message: string) => void,
): number {
  for (let index = 0; index < stage.length; index++) {
    const rule = stage[index]!;
    if (rule.disabled) continue;
    const result = matchAt(index);
    if (result === false) continue;
    if (result !== true) {
      onError?.(index, result.error);
      continue;
    }
    if (wins(rule)) return index;
  }
  return -1;
}
