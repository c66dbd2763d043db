import type { Assignee } from '../../../../../contract/assignee';
import type { IssueRow } from '../../../../data/issues/issue-row';
import { sameAssignee } from '../../../../data/issues/unseen-change';
import type { Proposal } from './propose-assignee';

/** An issue as the view shows it: its assignee now, and today's pick (null without a stored first exception). */
export type ReapplyCandidate = { issue: IssueRow; current: Assignee | null; proposal: Proposal | null };

/**
 * `assign`, `reassign`, `clear`: re-applying changes the issue. `same`: the rules pick who has it. `keeps`: the rules
 * pick nobody and it keeps its assignee (re-applying never unassigns unless told to, then it is `clear`). `none`:
 * nobody now, nobody picked. `no-exception`: nothing to evaluate.
 */
export type ReapplyChange = 'assign' | 'reassign' | 'clear' | 'same' | 'keeps' | 'none' | 'no-exception';

export function changeOf({ current, proposal }: ReapplyCandidate, clearUnpicked: boolean): ReapplyChange {
  if (proposal === null) return 'no-exception';
  if (proposal.assignee === null) return current === null ? 'none' : clearUnpicked ? 'clear' : 'keeps';
  if (current === null) return 'assign';
  return sameAssignee(current, proposal.assignee) ? 'same' : 'reassign';
}

export const isChange = (change: ReapplyChange) => change === 'assign' || change === 'reassign' || change === 'clear';

/** Today's pick is someone else than the assignee now (nobody included). */
export const differs = ({ current, proposal }: ReapplyCandidate) =>
  proposal !== null && !sameAssignee(current, proposal.assignee);

const reviewRank: Record<ReapplyChange, number> = {
  assign: 0,
  reassign: 0,
  keeps: 1,
  clear: 1,
  same: 2,
  none: 2,
  'no-exception': 2,
};

/** Changes first, then the assignees the rules no longer pick, then the rest; each group in PostHog's order. */
export const inReviewOrder = (candidates: readonly ReapplyCandidate[]) =>
  candidates.toSorted((a, b) => reviewRank[changeOf(a, false)] - reviewRank[changeOf(b, false)]);
