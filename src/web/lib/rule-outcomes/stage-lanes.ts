import type { EngineRuleKind, EngineRules } from '../../../rule-engine/types';
import { issueOpeners } from './issue-openers';
import type { Job } from './job-progress';
import type { Lane, OutcomeTable } from './outcome-table';

/** One stage's rules before and after a change (an edit, a new order), the stages before it as they are. */
export type StageChange = {
  before: Lane;
  after: Lane;
  /** Assignment: each issue's first kept exception (see `issueOpeners`); the other stages reach every exception. */
  openers: Uint8Array | null;
};

/** The lanes of `kind` under `before` and `after`, which differ in that kind's list only. */
export function* stageChange(
  table: OutcomeTable,
  kind: EngineRuleKind,
  before: EngineRules,
  after: EngineRules,
): Job<StageChange> {
  const grouping = table.lane('grouping', before.grouping);
  if (kind === 'grouping') return { before: grouping, after: table.lane('grouping', after.grouping), openers: null };
  const suppression = table.lane('suppression', before.suppression, grouping);
  if (kind === 'suppression') {
    return { before: suppression, after: table.lane('suppression', after.suppression, grouping), openers: null };
  }
  return {
    before: table.lane('assignment', before.assignment, grouping),
    after: table.lane('assignment', after.assignment, grouping),
    openers: yield* issueOpeners(table, suppression),
  };
}

export const reaches = (change: StageChange, index: number) => change.openers === null || change.openers[index] === 1;
