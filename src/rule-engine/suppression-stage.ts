import { runStage, type StageRun } from './run-stage';
import { samplingDraw } from './sampling-draw';
import type { EngineSuppressionRule, Json } from './types';

/**
 * Suppression (spec 3): the event is dropped by the first rule, in order, that matches and wins its sampling
 * draw. A rule that matches but draws "keep" lets the next rule run.
 */
export function suppressionStage(
  rules: readonly EngineSuppressionRule[],
  properties: Record<string, Json>,
  uuid: string,
): StageRun<EngineSuppressionRule> & { suppressed: boolean } {
  const run = runStage('suppression', rules, { properties }, (rule) => {
    const { suppress, bucket, threshold } = samplingDraw(uuid, rule.sampling_rate ?? 1);
    return { outcome: suppress ? 'matched' : 'sampled-out', wins: suppress, draw: { bucket, threshold } };
  });
  return { ...run, suppressed: run.winner !== null };
}
