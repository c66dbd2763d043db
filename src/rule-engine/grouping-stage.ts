import { defaultFingerprint } from './default-fingerprint';
import { manualFingerprint } from './manual-fingerprint';
import { runStage, type StageRun } from './run-stage';
import type { EngineGroupingRule, EvaluationTrace, Json } from './types';

export type GroupingRun = StageRun<EngineGroupingRule> &
  Pick<EvaluationTrace['grouping'], 'fingerprint' | 'source'> & {
    /** The event's properties with cymbal's three fingerprint properties set, as the later stages see them. */
    properties: Record<string, Json>;
  };

const unappliedAssignee = "its assignee is stored but current ingestion never applies a grouping rule's assignee";

/**
 * Grouping (spec 4.1): the first matching rule proposes `custom-rule:<id>`. A client-sent `$exception_fingerprint`
 * still wins (hashed past 64 bytes), leaving the rule's fingerprint as the proposal; with neither, the automatic one.
 */
export function groupingStage(rules: readonly EngineGroupingRule[], properties: Record<string, Json>): GroupingRun {
  const run = runStage('grouping', rules, { properties }, (rule) => ({
    outcome: 'matched',
    wins: true,
    ...(rule.assignee ? { note: unappliedAssignee } : {}),
  }));
  const sent = Object.hasOwn(properties, '$exception_fingerprint') ? properties.$exception_fingerprint : undefined;
  const ruleFingerprint = run.winnerRule ? `custom-rule:${String(run.winnerRule.id)}` : null;
  let result: Pick<GroupingRun, 'fingerprint' | 'source'>;
  if (typeof sent === 'string') {
    result = {
      source: 'manual',
      fingerprint: {
        fingerprint: manualFingerprint(sent),
        proposedFingerprint: ruleFingerprint ?? defaultFingerprint(properties).fingerprint,
        record: [{ type: 'manual' }],
      },
    };
  } else if (ruleFingerprint !== null) {
    result = {
      source: 'rule',
      fingerprint: {
        fingerprint: ruleFingerprint,
        proposedFingerprint: ruleFingerprint,
        record: [{ type: 'custom', rule_id: String(run.winnerRule!.id) }],
      },
    };
  } else {
    const automatic = defaultFingerprint(properties);
    result = { source: 'default', fingerprint: { ...automatic, proposedFingerprint: automatic.fingerprint } };
  }
  return {
    ...run,
    ...result,
    properties: {
      ...properties,
      $exception_fingerprint: result.fingerprint.fingerprint,
      $exception_proposed_fingerprint: result.fingerprint.proposedFingerprint,
      $exception_fingerprint_record: result.fingerprint.record,
    },
  };
}
