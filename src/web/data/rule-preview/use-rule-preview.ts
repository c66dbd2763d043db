import { useEffect, useMemo, useRef, useState } from 'react';
import type { RuleKind } from '../../../contract/rules';
import type { RulePreview } from '../../lib/rule-outcomes/preview-rule-job';
import type { CandidateRule } from '../../lib/rule-outcomes/rule-lists';
import { previewLimit } from '../../lib/use-preview-window';
import type { ExceptionWindow, PreviewProgress } from './preview-messages';
import { isCancelled, previewWorker, type PreviewDone, type PreviewRun } from './preview-worker-client';
import { useEngineRules } from './use-engine-rules';

export type RulePreviewState =
  | { status: 'idle' }
  | { status: 'running'; progress: PreviewProgress | null; cancel: () => void }
  /** `rule` is the candidate this preview is of. */
  | { status: 'done'; window: ExceptionWindow; preview: RulePreview; rule: CandidateRule }
  | { status: 'failed'; error: unknown; retry: () => void }
  | { status: 'cancelled'; retry: () => void };

type Options = {
  envId: number;
  kind: RuleKind;
  /** The rule as the form has it now; null: nothing to preview (the form is invalid). */
  candidate: CandidateRule | null;
  /** The rule being edited, null for a new one. */
  replaces: string | null;
  days: number;
};

type Request = { candidate: CandidateRule };
type Settled = { request: Request } & ({ done: PreviewDone<RulePreview> } | { error: unknown } | { cancelled: true });
export type FinishedPreview = PreviewDone<RulePreview> & { rule: CandidateRule };

/**
 * The candidate tried on the window's recent exceptions in the preview worker, against the environment's rules as
 * they are. Each new candidate (or window, or change to the rules) cancels the run before it. `last` is the latest
 * finished preview, to keep on screen, marked, while the next one runs.
 */
export function useRulePreview({ envId, kind, candidate, replaces, days }: Options) {
  const rules = useEngineRules(envId);
  const ready = rules.status === 'ready' ? rules.rules : null;
  const [attempt, setAttempt] = useState(0);
  const request = useMemo(
    () => (candidate && ready ? { kind, rules: ready, candidate, replaces, days, attempt } : null),
    [kind, ready, candidate, replaces, days, attempt],
  );
  const [settled, setSettled] = useState<Settled | null>(null);
  const [progress, setProgress] = useState<{ request: object; progress: PreviewProgress } | null>(null);
  const [last, setLast] = useState<FinishedPreview | null>(null);
  const runRef = useRef<PreviewRun<RulePreview> | null>(null);

  useEffect(() => {
    if (!request) return;
    const { days: windowDays, attempt: _attempt, ...job } = request;
    const run = previewWorker().preview({ envId, days: windowDays, limit: previewLimit }, job, (next) =>
      setProgress({ request, progress: next }),
    );
    runRef.current = run;
    run.result.then(
      (done) => {
        setSettled({ request, done });
        setLast({ ...done, rule: request.candidate });
      },
      (error: unknown) => {
        if (!isCancelled(error)) setSettled({ request, error });
      },
    );
    return () => run.cancel();
  }, [envId, request]);

  const retry = () => setAttempt((count) => count + 1);
  const state = ((): RulePreviewState => {
    if (rules.status === 'error') return { status: 'failed', error: rules.error, retry: rules.retry };
    if (!candidate) return { status: 'idle' };
    if (request && settled?.request === request) {
      if ('done' in settled) {
        const { window, outcome } = settled.done;
        return { status: 'done', window, preview: outcome, rule: settled.request.candidate };
      }
      if ('error' in settled) return { status: 'failed', error: settled.error, retry };
      return { status: 'cancelled', retry };
    }
    return {
      status: 'running',
      progress: request && progress?.request === request ? progress.progress : null,
      cancel: () => {
        runRef.current?.cancel();
        if (request) setSettled({ request, cancelled: true });
      },
    };
  })();
  return { state, last };
}
