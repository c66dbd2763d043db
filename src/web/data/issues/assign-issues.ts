import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Assignee } from '../../../contract/assignee';
import { settleLimited, writeConcurrency } from '../../lib/settle-limited';
import { assignIssue } from './assign-issue';
import { invalidateIssueData } from './invalidate-issue-data';
import { sameAssignee } from './unseen-change';
import { writeUnlessChanged } from './write-unless-changed';

/** One issue's assignee to change: from what the page showed (`from`) to `to`. */
export type AssigneeMove = { id: string; from: Assignee | null; to: Assignee | null };

/**
 * `saved`: written. `already`: it held `to` meanwhile, nothing sent. `changed`: someone else changed it meanwhile
 * (now `fresh`), nothing sent. `gone`: the issue no longer exists. `failed`: a request failed.
 */
export type MoveOutcome =
  | { move: AssigneeMove; outcome: 'saved' | 'already' | 'gone' }
  | { move: AssigneeMove; outcome: 'changed'; fresh: Assignee | null }
  | { move: AssigneeMove; outcome: 'failed'; error: unknown };

async function moveOne(client: QueryClient, envId: number, move: AssigneeMove): Promise<MoveOutcome> {
  const result = await writeUnlessChanged<Assignee | null>(client, envId, move.id, {
    seen: move.from,
    wanted: move.to,
    read: (issue) => issue.assignee,
    same: sameAssignee,
    write: () => assignIssue(envId, move.id, { assignee: move.to }),
  });
  if (result.outcome !== 'unseen') return { move, outcome: result.outcome };
  return result.unseen.kind === 'already'
    ? { move, outcome: 'already' }
    : { move, outcome: 'changed', fresh: result.unseen.fresh };
}

/**
 * Each move with its own guarded write (a fresh read, then `assign/` only if the issue still holds `from`; see
 * decision 014), a few at a time. Never rejects: every move settles with an outcome, in the order given.
 */
export async function assignIssues(
  client: QueryClient,
  envId: number,
  moves: readonly AssigneeMove[],
  onSettled: (outcome: MoveOutcome) => void = () => {},
): Promise<MoveOutcome[]> {
  const settled = await settleLimited(moves, writeConcurrency, async (move) => {
    const outcome = await moveOne(client, envId, move).catch((error: unknown): MoveOutcome => ({
      move,
      outcome: 'failed',
      error,
    }));
    onSettled(outcome);
    return outcome;
  });
  return settled.flatMap((each) => (each.ok ? [each.value] : []));
}

export type AssignIssuesInput = { moves: readonly AssigneeMove[]; onSettled?: (outcome: MoveOutcome) => void };

/** Bulk assignment; the issues are read again once every move has settled. */
export function useAssignIssues(envId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ moves, onSettled }: AssignIssuesInput) => assignIssues(client, envId, moves, onSettled),
    onSettled: () => invalidateIssueData(client, envId),
  });
}
