import { useEffect, useId, useState, type ReactNode } from 'react';
import type { RuleSnapshot } from '../../../../../contract/rule-history';
import type { RuleKind } from '../../../../../contract/rules';
import { targetOf, type RulePlan } from '../../../../../rule-plans';
import { Button } from '../../../../components/ui/button';
import { EmptyState } from '../../../../components/ui/empty-state';
import { ErrorState } from '../../../../components/ui/error-state';
import { LoadingState } from '../../../../components/ui/loading-state';
import { useAssigneeDirectory } from '../../../../data/organization/use-assignee-directory';
import type { CurrentEnvironment } from '../../../../lib/environments/current-environment';
import { countOf } from '../../../../lib/format';
import { baseOfStates } from '../diff/base-of';
import { RuleDiffList } from '../diff/rule-diff-list';
import { onlyKinds } from '../revert/revert-target';
import { operationText } from './operation-text';
import { planSummary } from './plan-summary';
import { PlanResult } from './plan-result';
import { usePlanRun, type PlanRequest } from './use-plan-run';
import './plan-panel.css';

export type PlanPanelProps = {
  request: PlanRequest;
  /** The environment the plan changes: named in the text, and where its rules' links go. */
  environment: CurrentEnvironment;
  onClose: () => void;
  /** A step before the plan (the document, the assignees) to go back to. */
  onBack?: () => void;
  /** Told when writes start and end: the dialog holding the panel stays open meanwhile. */
  onBusy?: (busy: boolean) => void;
};

const kindsOf = (plan: RulePlan) => Object.keys(plan.final) as RuleKind[];

/** The plan that puts back, for the kinds it touched, the state it started from. */
const undoRequest = (request: PlanRequest, before: RuleSnapshot, plan: RulePlan): PlanRequest => ({
  envId: request.envId,
  label: `Undo of: ${request.label}`.slice(0, 200),
  target: () => onlyKinds(targetOf(before), kindsOf(plan)),
});

function PlanRun({ request, environment, onClose, onBack, onBusy, onUndo }: PlanPanelProps & { onUndo: PlanUndo }) {
  const { state, apply, stop } = usePlanRun(request);
  const busy = state.step === 'applying';
  useEffect(() => onBusy?.(busy), [onBusy, busy]);
  const { lookup } = useAssigneeDirectory();
  const progressId = useId();
  const footer = (...buttons: ReactNode[]) => <footer className="dialog__footer">{buttons}</footer>;
  const back = onBack && (
    <Button key="back" onClick={onBack}>
      Back
    </Button>
  );
  const close = (label = 'Cancel') => (
    <Button key="close" onClick={onClose}>
      {label}
    </Button>
  );

  if (state.step === 'reading') {
    return (
      <>
        <LoadingState label={`the rules of ${environment.name}`} />
        {footer(back, close())}
      </>
    );
  }
  if (state.step === 'unread') {
    return (
      <>
        <ErrorState
          title={`Could not read the rules of ${environment.name}, so there is no plan yet.`}
          error={state.error}
          onRetry={state.retry}
          retrying={state.retrying}
        />
        {footer(back, close())}
      </>
    );
  }
  const { current, plan, diffs } = state;
  const before = current.snapshot;
  const unreadable = current.unreadable > 0 && (
    <p className="plan-panel__note">
      {countOf(current.unreadable, 'record')} the console cannot read {current.unreadable === 1 ? 'is' : 'are'} left
      where {current.unreadable === 1 ? 'it is' : 'they are'}.
    </p>
  );

  if (state.step === 'finished') {
    const { result } = state;
    return (
      <>
        <PlanResult result={result} before={before} environmentName={environment.name} lookup={lookup} />
        {footer(
          result.status !== 'done' && result.applied.length > 0 && (
            <Button key="undo" onClick={() => onUndo(undoRequest(request, before, plan))}>
              Undo what was applied
            </Button>
          ),
          close('Done'),
        )}
      </>
    );
  }

  if (plan.operations.length === 0) {
    return (
      <>
        <EmptyState title="Already matches">
          <p>The rules of {environment.name} are already in this state: there is nothing to change.</p>
        </EmptyState>
        {unreadable}
        {footer(back, close('Done'))}
      </>
    );
  }

  const summary = (
    <p className="plan-panel__summary">
      {diffs.length > 0
        ? `${planSummary(diffs)}, in ${countOf(plan.operations.length, 'write')} to ${environment.name}.`
        : `${countOf(plan.operations.length, 'write')} to ${environment.name}, none of which changes what a rule does.`}{' '}
      Nothing is applied until you apply it.
    </p>
  );
  const diff = <RuleDiffList diffs={diffs} lookup={lookup} environment={environment} baseOf={baseOfStates(before)} />;

  if (state.step === 'applying') {
    const { done, total, next } = state.progress;
    return (
      <>
        <div className="plan-panel__progress">
          <label htmlFor={progressId} className="field__label">
            Applying change {Math.min(done + 1, total)} of {total}
          </label>
          <progress id={progressId} max={total} value={done} />
          <p role="status" className="plan-panel__step">
            {next ? `${operationText(next, before, lookup)}…` : 'Finishing…'}
          </p>
        </div>
        {diff}
        {footer(
          <Button key="stop" onClick={stop}>
            Stop after this change
          </Button>,
        )}
      </>
    );
  }

  return (
    <>
      {summary}
      {unreadable}
      {diff}
      {footer(
        back,
        close(),
        <Button key="apply" variant="primary" onClick={apply}>
          Apply {countOf(plan.operations.length, 'change')}
        </Button>,
      )}
    </>
  );
}

type PlanUndo = (request: PlanRequest) => void;

/**
 * A plan, shown as a diff before anything is applied; Apply runs it with progress, stops at the first failure and
 * shows what was applied, what failed and what was not, with the plan that undoes what was applied. The request is
 * read once: to plan for another one, give the panel a new key.
 */
export function PlanPanel(props: PlanPanelProps) {
  const [run, setRun] = useState({ request: props.request, key: 0 });
  return (
    <PlanRun
      key={run.key}
      {...props}
      request={run.request}
      onBack={run.key === 0 ? props.onBack : undefined}
      onUndo={(request) => setRun({ request, key: run.key + 1 })}
    />
  );
}
