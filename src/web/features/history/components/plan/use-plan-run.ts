import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import type { RuleSnapshot } from '../../../../../contract/rule-history';
import {
  planDiff,
  planRules,
  type ApplyProgress,
  type ApplyResult,
  type RuleDiff,
  type RulePlan,
  type RuleTarget,
} from '../../../../../rule-plans';
import { applyRulePlan } from '../../../../data/rule-plans/apply-rule-plan';
import { useCurrentRules, type CurrentRules } from '../../../../data/rule-plans/read-rule-snapshot';

/** What a plan is for: the environment it changes, the name its writes carry, the state it leads to. */
export type PlanRequest = {
  envId: number;
  /** Sent with every write ("Revert to #41"): the history names the plan by it. */
  label: string;
  /** The state wanted, given the state now (a revert of one rule keeps the others as they are). */
  target: (current: RuleSnapshot) => RuleTarget;
};

export type Planned = { current: CurrentRules; plan: RulePlan; diffs: RuleDiff[] };

export type PlanRunState =
  | { step: 'reading' }
  | { step: 'unread'; error: unknown; retry: () => void; retrying: boolean }
  | ({ step: 'planned' } & Planned)
  | ({ step: 'applying'; progress: ApplyProgress } & Planned)
  | ({ step: 'finished'; result: ApplyResult } & Planned);

let reads = 0;

/**
 * A plan from the rules as they are now to `target`, shown before anything is applied; `apply` runs it one write at a
 * time with progress, `stop` ends it after the write in flight. The plan is made once from one reading of the
 * rules: what is applied is exactly what was shown.
 */
export function usePlanRun({ envId, label, target }: PlanRequest) {
  const client = useQueryClient();
  const [readId] = useState(() => ++reads);
  const current = useCurrentRules(envId, readId);
  const [applying, setApplying] = useState<{ progress: ApplyProgress } | { result: ApplyResult } | null>(null);
  const stopper = useRef<AbortController | null>(null);

  const planned = useMemo((): Planned | null => {
    if (!current.data) return null;
    const plan = planRules(current.data.snapshot, target(current.data.snapshot));
    return { current: current.data, plan, diffs: planDiff(current.data.snapshot, plan) };
  }, [current.data, target]);

  const apply = async () => {
    if (!planned || applying !== null) return;
    const controller = new AbortController();
    stopper.current = controller;
    const total = planned.plan.operations.length;
    setApplying({ progress: { done: 0, total, next: planned.plan.operations[0] ?? null } });
    const result = await applyRulePlan(client, envId, planned.plan, label, {
      signal: controller.signal,
      onProgress: (progress) => setApplying({ progress }),
    }).catch((error: unknown): ApplyResult => ({
      status: 'failed',
      applied: [],
      failed: { operation: planned.plan.operations[0]!, error },
      notRun: planned.plan.operations.slice(1),
      created: {},
    }));
    setApplying({ result });
  };

  let state: PlanRunState;
  if (planned === null) {
    state = current.isError
      ? {
          step: 'unread',
          error: current.error,
          retry: () => void current.refetch(),
          retrying: current.isFetching,
        }
      : { step: 'reading' };
  } else if (applying === null) state = { step: 'planned', ...planned };
  else if ('progress' in applying) state = { step: 'applying', progress: applying.progress, ...planned };
  else state = { step: 'finished', result: applying.result, ...planned };

  return { state, apply: () => void apply(), stop: () => stopper.current?.abort() };
}
