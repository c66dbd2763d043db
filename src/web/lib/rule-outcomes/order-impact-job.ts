import type { EngineRuleKind, EngineRules } from '../../../rule-engine/types';
import { compareStage } from './compare-stage';
import type { Job } from './job-progress';
import type { OutcomeChanges } from './outcome-changes';
import type { OutcomeTable } from './outcome-table';
import { withOrder } from './rule-lists';
import { stageChange } from './stage-lanes';

export type OrderImpactRequest = { kind: EngineRuleKind; rules: EngineRules; order: readonly string[] };

export type OrderImpact = {
  kind: EngineRuleKind;
  /** The exceptions it was tried on, and their issues. */
  exceptions: number;
  issues: number;
  /** Assignment: the issues whose first exception here is kept, the only ones assignment runs on. */
  openers: number | null;
  changes: OutcomeChanges;
};

/** What saving the kind's rules in `order` changes for the table's exceptions, compared with the rules as they are. */
export function* orderImpactJob(table: OutcomeTable, { kind, rules, order }: OrderImpactRequest): Job<OrderImpact> {
  const change = yield* stageChange(table, kind, rules, withOrder(rules, kind, order));
  const changes = yield* compareStage(table, change);
  return {
    kind,
    exceptions: table.size,
    issues: table.issueCount(),
    openers: change.openers && change.openers.reduce((sum, opener) => sum + opener, 0),
    changes,
  };
}
