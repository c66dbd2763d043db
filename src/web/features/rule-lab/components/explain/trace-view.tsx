import type { EngineAssignee, EngineRuleKind, EvaluationTrace } from '../../../../../rule-engine/types';
import { shortId } from '../../../../lib/short-id';
import { StageSection } from './stage-section';
import './trace-view.css';

export type TraceViewProps = {
  trace: EvaluationTrace;
  titleOf: (kind: EngineRuleKind, ruleId: string) => string;
  assigneeName: (assignee: EngineAssignee) => string;
};

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function groupingVerdict({ grouping }: EvaluationTrace, titleOf: TraceViewProps['titleOf']) {
  const fingerprint = <code className="trace-view__fingerprint">{grouping.fingerprint.fingerprint}</code>;
  if (grouping.source === 'manual') {
    return (
      <>
        The exception carries its own fingerprint {fingerprint}, which wins over any grouping rule
        {grouping.winner && <> (“{titleOf('grouping', grouping.winner)}” matched, and is only proposed)</>}.
      </>
    );
  }
  if (grouping.source === 'rule' && grouping.winner) {
    return (
      <>
        Grouped by “{titleOf('grouping', grouping.winner)}”: fingerprint {fingerprint}.
      </>
    );
  }
  return <>No grouping rule matched: the default fingerprint of its type and stack is {fingerprint}.</>;
}

function suppressionVerdict({ suppression }: EvaluationTrace, titleOf: TraceViewProps['titleOf']) {
  if (suppression.suppressed && suppression.winner) {
    return <>Dropped by “{titleOf('suppression', suppression.winner)}”: no issue is created or updated.</>;
  }
  return <>Kept: no suppression rule drops it.</>;
}

function assignmentVerdict(
  { assignment }: EvaluationTrace,
  titleOf: TraceViewProps['titleOf'],
  assigneeName: TraceViewProps['assigneeName'],
) {
  if (!assignment) return <>Not evaluated: the exception is dropped before it reaches an issue.</>;
  if (!assignment.ran) return <>{sentence(assignment.reason)}.</>;
  if (assignment.keptExisting && assignment.assignee) {
    return <>The reopened issue keeps its assignee, {assigneeName(assignment.assignee)}.</>;
  }
  if (assignment.winner && assignment.assignee) {
    return (
      <>
        Assigned to {assigneeName(assignment.assignee)} by “{titleOf('assignment', assignment.winner)}”.
      </>
    );
  }
  return <>No assignment rule matched: the issue stays unassigned.</>;
}

/** The pipeline as PostHog runs it for one exception: grouping, suppression, assignment, and posthog-js's own call. */
export function TraceView({ trace, titleOf, assigneeName }: TraceViewProps) {
  const { sdk, errors } = trace;
  return (
    <div className="trace-view">
      {errors.length > 0 && (
        <p className="trace-view__problem" role="note">
          {errors.length === 1 ? 'One rule errors' : `${errors.length} rules error`} on this exception: PostHog would
          disable {errors.length === 1 ? 'it' : 'them'} when such an exception arrives.
        </p>
      )}
      <StageSection
        kind="grouping"
        heading="1. Grouping"
        stage={trace.grouping}
        verdict={groupingVerdict(trace, titleOf)}
        titleOf={titleOf}
      />
      <StageSection
        kind="suppression"
        heading="2. Suppression"
        stage={trace.suppression}
        verdict={suppressionVerdict(trace, titleOf)}
        titleOf={titleOf}
      />
      {trace.assignment ? (
        <StageSection
          kind="assignment"
          heading="3. Assignment"
          stage={trace.assignment}
          verdict={assignmentVerdict(trace, titleOf, assigneeName)}
          titleOf={titleOf}
        />
      ) : (
        <section className="trace-stage" aria-label="3. Assignment">
          <h3 className="trace-stage__heading">3. Assignment</h3>
          <p className="trace-stage__verdict">{assignmentVerdict(trace, titleOf, assigneeName)}</p>
        </section>
      )}
      <section className="trace-stage" aria-label="In the browser SDK">
        <h3 className="trace-stage__heading">In the browser SDK (posthog-js)</h3>
        <p className="trace-stage__verdict">
          {sdk.suppressed && sdk.ruleId
            ? `posthog-js would drop it before sending, by “${titleOf('suppression', sdk.ruleId)}” (${shortId(sdk.ruleId)}).`
            : sdk.clientSafeRuleIds.length === 0
              ? 'No suppression rule is simple enough to be sent to posthog-js: only PostHog drops exceptions.'
              : `posthog-js would send it: none of the ${sdk.clientSafeRuleIds.length} rules it receives match.`}
        </p>
      </section>
    </div>
  );
}
