import { groupingFingerprint, withFingerprint, type GroupingResult } from './grouping-fingerprint';
import { runStage, type StageRun } from './run-stage';
import type { EngineGroupingRule, Json } from './types';

export type GroupingRun = StageRun<EngineGroupingRule> &
  GroupingResult & {
    /** The event's properties with cymbal's three fingerprint properties set, as the later stages see them. */
    properties: Record<string, Json>;
  };

const unappliedAssignee = "its assignee is stored but current ingestion never applies a grouping rule's assignee";

/** Grouping (spec 4.1): the first matching rule proposes `custom-rule:<id>`; see `groupingFingerprint`. */
export function groupingStage(rules: readonly EngineGroupingRule[], properties: Record<string, Json>): GroupingRun {
  const run = runStage('grouping', rules, { properties }, (rule) => ({
    outcome: 'matched',
    wins: true,
    ...(rule.assignee ? { note: unappliedAssignee } : {}),
  }));
  const result = groupingFingerprint(properties, run.winnerRule ? String(run.winnerRule.id) : null);
  return { ...run, ...result, properties: withFingerprint(properties, result) };
}
