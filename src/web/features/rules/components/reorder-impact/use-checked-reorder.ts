import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RuleKind } from '../../../../../contract/rules';
import type { ExceptionWindow, PreviewProgress } from '../../../../data/rule-preview/preview-messages';
import { isCancelled, type PreviewRun } from '../../../../data/rule-preview/preview-worker-client';
import { useOrderImpact } from '../../../../data/rule-preview/use-order-impact';
import { markOwnWrite } from '../../../../data/rules/own-list-writes';
import { arrange, denseOrder } from '../../../../data/rules/rule-order';
import type { RuleListItem } from '../../../../data/rules/rule-list-item';
import type { OrderImpact } from '../../../../lib/rule-outcomes/order-impact-job';
import { changesAnything } from '../../../../lib/rule-outcomes/outcome-changes';
import { changedNote, unchangedNote, uncheckedNote } from './impact-notes';

/** Saves one drop as the list always has, a note for its toast added. */
export type SaveOrder = (nextIds: string[], movedId: string, note?: string) => boolean;
type Move = { nextIds: string[]; movedId: string };

export type PendingOrder = {
  run: number;
  /** The drops not saved yet, in order (a second drop while the first is checked adds to it). */
  moves: Move[];
  nextIds: string[];
  save: SaveOrder;
} & (
  | { phase: 'checking'; progress: PreviewProgress | null; showing: boolean }
  | { phase: 'changes'; window: ExceptionWindow; impact: OrderImpact }
  /** Sent: the list shows the new order until the saved one (or the rollback) is in the cache. */
  | { phase: 'saving'; from: readonly RuleListItem[] }
);

/** A check that takes longer than this opens the dialog, saying what it is doing. */
const quietMs = 400;

/**
 * A drop is checked against recent exceptions before it is saved. While the check runs the list shows the new order;
 * when the order changes nobody's outcome (or there is nothing to check on, or the check cannot run) it is saved as
 * it always was, the toast saying what was found; when outcomes change, the dialog lists them and the person saves
 * or cancels (and the list goes back).
 */
export function useCheckedReorder<R extends RuleListItem>(envId: number, kind: RuleKind, rules: readonly R[]) {
  const { check, warm } = useOrderImpact(envId, kind);
  const [pending, setPending] = useState<PendingOrder | null>(null);
  const runs = useRef(0);
  const checking = useRef<PreviewRun<OrderImpact> | null>(null);
  // A check answers later: what the cache holds then is what a save is seen to move away from.
  const latest = useRef(rules);
  useLayoutEffect(() => {
    latest.current = rules;
  });

  // The cache took the move (or rolled it back): the list shows what it holds again.
  if (pending?.phase === 'saving' && rules !== pending.from) setPending(null);

  const send = useCallback((order: Pick<PendingOrder, 'moves' | 'save' | 'run' | 'nextIds'>, note: string) => {
    const sent = order.moves.map((move, index) =>
      order.save(move.nextIds, move.movedId, index === order.moves.length - 1 ? note : undefined),
    );
    setPending(sent.some(Boolean) ? { ...order, phase: 'saving', from: latest.current } : null);
  }, []);

  const drop = useCallback(
    (nextIds: string[], movedId: string, save: SaveOrder) => {
      checking.current?.cancel();
      const moves = [...(pending && pending.phase !== 'saving' ? pending.moves : []), { nextIds, movedId }];
      const order = { run: ++runs.current, moves, nextIds, save };
      const current = (update: (same: PendingOrder) => PendingOrder | null) =>
        setPending((now) => (now?.run === order.run ? update(now) : now));
      const run = check?.(nextIds, (progress) =>
        current((now) => (now.phase === 'checking' ? { ...now, progress } : now)),
      );
      if (!run) return void send(order, '');
      checking.current = run;
      // The order on screen now is this tab's own: the list must not mark it as someone else's change.
      markOwnWrite(latest.current);
      setPending({ ...order, phase: 'checking', progress: null, showing: false });
      setTimeout(() => current((now) => (now.phase === 'checking' ? { ...now, showing: true } : now)), quietMs);
      run.result.then(
        ({ window, outcome }) => {
          if (runs.current !== order.run) return;
          if (changesAnything(outcome.changes))
            current(() => ({ ...order, phase: 'changes', window, impact: outcome }));
          else send(order, unchangedNote(window));
        },
        (error: unknown) => {
          if (runs.current !== order.run || isCancelled(error)) return;
          send(order, uncheckedNote(error));
        },
      );
    },
    [check, pending, send],
  );

  const cancel = useCallback(() => {
    checking.current?.cancel();
    runs.current++;
    setPending(null);
  }, []);

  const confirm = useCallback(() => {
    if (!pending || pending.phase === 'saving') return;
    checking.current?.cancel();
    runs.current++;
    send(pending, pending.phase === 'changes' ? changedNote(pending.impact) : '');
  }, [pending, send]);

  const listed = useMemo(
    () => (pending ? markOwnWrite(arrange(rules, denseOrder(rules, pending.nextIds))) : rules),
    [rules, pending],
  );
  return { listed, drop, warm, pending, cancel, confirm };
}
