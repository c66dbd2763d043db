import { useState } from 'react';
import { issueNameOf } from './issue-name';
import { changeOf, isChange, type ReapplyCandidate } from './reapply-candidate';
import type { ReapplyRow } from './reapply-table';
import type { NamedMove } from './use-reapply-run';

/**
 * Which changes the person keeps: every change is ticked until unticked (only the unticked are remembered, so a
 * refreshed list keeps its choices), and "also clear" turns the assignees the rules no longer pick into changes.
 */
export function useReapplySelection(candidates: readonly ReapplyCandidate[]) {
  const [clearUnpicked, setClearUnpicked] = useState(false);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());

  const rows: ReapplyRow[] = candidates.map((candidate) => {
    const change = changeOf(candidate, clearUnpicked);
    return { candidate, change, ticked: isChange(change) && !unticked.has(candidate.issue.id) };
  });
  const chosen = rows.filter((row) => row.ticked);

  const tick = (ids: readonly string[], on: boolean) =>
    setUnticked((before) => {
      const next = new Set(before);
      for (const id of ids) {
        if (on) next.delete(id);
        else next.add(id);
      }
      return next;
    });

  const moves = (): NamedMove[] =>
    chosen.map(({ candidate }) => ({
      move: { id: candidate.issue.id, from: candidate.current, to: candidate.proposal?.assignee ?? null },
      name: issueNameOf(candidate.issue),
    }));

  return {
    rows,
    chosen: chosen.length,
    changes: rows.filter((row) => isChange(row.change)).length,
    unpicked: rows.filter((row) => row.change === 'keeps' || row.change === 'clear').length,
    clearUnpicked,
    setClearUnpicked,
    tick,
    moves,
  };
}
