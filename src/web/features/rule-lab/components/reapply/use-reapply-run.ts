import { useState } from 'react';
import type { Assignee } from '../../../../../contract/assignee';
import { useAssignIssues, type AssigneeMove, type MoveOutcome } from '../../../../data/issues/assign-issues';

/** A move and how its issue is named in the report. */
export type NamedMove = { move: AssigneeMove; name: string };

export type RunAction = 'apply' | 'undo';

export type RunReport = {
  action: RunAction;
  saved: NamedMove[];
  /** Held the wanted assignee already: nothing sent. */
  already: NamedMove[];
  /** Someone else changed the assignee meanwhile: left alone. */
  changed: Array<NamedMove & { fresh: Assignee | null }>;
  gone: NamedMove[];
  failed: Array<NamedMove & { error: unknown }>;
};

export type RunProgress = { action: RunAction; done: number; total: number };

function reportOf(action: RunAction, outcomes: readonly MoveOutcome[], names: ReadonlyMap<string, string>): RunReport {
  const report: RunReport = { action, saved: [], already: [], changed: [], gone: [], failed: [] };
  for (const outcome of outcomes) {
    const named = { move: outcome.move, name: names.get(outcome.move.id) ?? outcome.move.id };
    if (outcome.outcome === 'changed') report.changed.push({ ...named, fresh: outcome.fresh });
    else if (outcome.outcome === 'failed') report.failed.push({ ...named, error: outcome.error });
    else report[outcome.outcome].push(named);
  }
  return report;
}

const reversed = ({ move, name }: NamedMove): NamedMove => ({
  move: { id: move.id, from: move.to, to: move.from },
  name,
});

/**
 * Applying, retrying the failed and undoing, with their progress and last report. `undoable` holds every change
 * written and not yet undone: Undo writes each one's previous assignee back, unless the issue changed meanwhile.
 */
export function useReapplyRun(envId: number) {
  const assign = useAssignIssues(envId);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [report, setReport] = useState<RunReport | null>(null);
  const [undoable, setUndoable] = useState<NamedMove[]>([]);

  const run = async (action: RunAction, moves: readonly NamedMove[]) => {
    if (moves.length === 0 || progress !== null) return;
    const names = new Map(moves.map(({ move, name }) => [move.id, name]));
    setReport(null);
    setProgress({ action, done: 0, total: moves.length });
    const outcomes = await assign.mutateAsync({
      moves: moves.map(({ move }) => move),
      onSettled: () => setProgress((now) => now && { ...now, done: now.done + 1 }),
    });
    const next = reportOf(action, outcomes, names);
    if (action === 'apply') {
      setUndoable((before) => [...before, ...next.saved]);
    } else {
      // Only a failed restore can be tried again; a restored or changed issue is done with.
      const failed = new Set(next.failed.map(({ move }) => move.id));
      setUndoable((before) => before.filter(({ move }) => failed.has(move.id)));
    }
    setProgress(null);
    setReport(next);
  };

  return {
    progress,
    report,
    undoable,
    apply: (moves: readonly NamedMove[]) => run('apply', moves),
    retryFailed: () => report && run(report.action, report.failed),
    undo: () => run('undo', undoable.map(reversed)),
  };
}
