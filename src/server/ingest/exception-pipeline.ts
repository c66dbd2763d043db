import type { EngineAssignee, EvaluationTrace, IssueContext, Json } from '../../rule-engine/types';
import { assigneeSchema } from '../../contract/assignee';
import { insertIngestedEvent } from '../store/exception-events-repository';
import { assignIssueIfUnassigned } from '../store/issues-repository';
import { disableRule } from '../store/rules-repository';
import { dropRule, type BatchRules } from './engine-rules';
import { linkIssue, type LinkContext, type LinkedIssue } from './link-issue';
import { isJsonObject } from './raw-event';
import type { RuleEngine } from './rule-engine-port';
import { storedTrace } from './stored-trace';
import type { TestAccountFilter } from './test-account-filter';

export type CapturedException = {
  uuid: string;
  distinctId: string;
  properties: Record<string, Json>;
  /** ISO 8601, UTC. */
  timestamp: string;
};

export type ExceptionOutcome =
  | { kind: 'stored'; issueId: string }
  | { kind: 'duplicate' }
  | { kind: 'suppressed'; ruleId: string }
  | { kind: 'issue_suppressed' }
  | { kind: 'rejected'; reason: 'empty_exception_list' | 'invalid_exception_list' };

export type PipelineContext = LinkContext & {
  engine: RuleEngine;
  rules: BatchRules;
  isTestAccount: TestAccountFilter;
  /** When the events arrived (ISO 8601): new issues and fingerprints are created then. */
  now: string;
};

// cymbal overwrites these from `$exception_list` whatever the SDK sent (stages/resolution/properties.rs).
const derivedProperties = [
  '$exception_types',
  '$exception_values',
  '$exception_sources',
  '$exception_functions',
  '$exception_handled',
];

/** cymbal drops an event whose exception list is missing, empty or unreadable (EventError). */
function exceptionListProblem(properties: Record<string, Json>): ExceptionOutcome | null {
  const list = properties.$exception_list;
  if (!Array.isArray(list) || list.length === 0) return { kind: 'rejected', reason: 'empty_exception_list' };
  const readable = list.every((item) => isJsonObject(item) && typeof item.type === 'string');
  return readable ? null : { kind: 'rejected', reason: 'invalid_exception_list' };
}

const issueJson = (issue: LinkedIssue) => ({
  id: issue.id,
  status: issue.status,
  name: issue.name,
  description: issue.description,
});

/** Spec 6.7: every rule that errored gets `disabled_data` and is skipped for the rest of the request. */
function disableFailedRules(context: PipelineContext, trace: EvaluationTrace, issue: LinkedIssue | null): void {
  for (const { kind, ruleId, message } of trace.errors) {
    const data =
      kind === 'assignment' && issue !== null
        ? { message, issue: issueJson(issue), props: trace.properties }
        : { message, props: trace.properties };
    disableRule(context.db, context.teamId, kind, ruleId, data, context.now);
    dropRule(context.rules, kind, ruleId);
  }
}

function applyAssignment(context: PipelineContext, issue: LinkedIssue, engineAssignee: EngineAssignee | null): boolean {
  if (engineAssignee === null || !(issue.isNew || issue.reopened) || issue.assignee !== null) return false;
  const parsed = assigneeSchema.safeParse(engineAssignee);
  if (!parsed.success) return false;
  const assignee = parsed.data;
  assignIssueIfUnassigned(context.db, context.teamId, issue.id, assignee);
  context.issues.forEach((cached) => {
    if (cached.id === issue.id) cached.assignee = assignee;
  });
  return true;
}

/**
 * One `$exception`, as cymbal's pipeline takes it (spec section 2): the engine decides the fingerprint and the rules;
 * this links or creates the issue in between, writes what the rules' failures and assignments change, and stores
 * the event with the properties the rules saw and a compact trace of the decision.
 */
export function processException(context: PipelineContext, event: CapturedException): ExceptionOutcome {
  const problem = exceptionListProblem(event.properties);
  if (problem) return problem;
  const properties = { ...event.properties };
  for (const key of derivedProperties) delete properties[key];

  const at = { now: context.now, seen: event.timestamp };
  const link: { issue: LinkedIssue | null } = { issue: null };
  const resolveIssue = (fingerprint: string, seen: Record<string, Json>): IssueContext => {
    const linked = linkIssue(context, fingerprint, seen, at);
    link.issue = linked;
    return {
      isNew: linked.isNew,
      reopened: linked.reopened,
      issue: { id: linked.id, status: linked.status, name: linked.name, description: linked.description },
      existingAssignee: linked.assignee,
    };
  };
  const trace = context.engine.evaluate({ uuid: event.uuid, properties }, context.rules, { resolveIssue });
  disableFailedRules(context, trace, link.issue);
  if (trace.suppression.suppressed) return { kind: 'suppressed', ruleId: trace.suppression.winner ?? '' };

  const { fingerprint, proposedFingerprint, record } = trace.grouping.fingerprint;
  const issue = link.issue ?? linkIssue(context, fingerprint, trace.properties, at);
  // Linked first, then dropped: an issue someone suppressed takes no more events (stages/linking/suppression.rs).
  if (issue.status === 'suppressed') return { kind: 'issue_suppressed' };
  const assigned = applyAssignment(context, issue, trace.assignment?.assignee ?? null);

  const stored = insertIngestedEvent(context.db, {
    uuid: event.uuid,
    teamId: context.teamId,
    issueId: issue.id,
    fingerprint,
    timestamp: event.timestamp,
    distinctId: event.distinctId,
    sessionId: typeof trace.properties.$session_id === 'string' ? trace.properties.$session_id : null,
    library: typeof trace.properties.$lib === 'string' ? trace.properties.$lib : null,
    isTestAccount: context.isTestAccount(trace.properties),
    properties: {
      ...trace.properties,
      $exception_fingerprint: fingerprint,
      $exception_proposed_fingerprint: proposedFingerprint,
      $exception_fingerprint_record: record,
      $exception_issue_id: issue.id,
      $issue_name: issue.name,
      $issue_description: issue.description,
    },
    trace: JSON.stringify(storedTrace(trace, issue, assigned)),
  });
  return stored ? { kind: 'stored', issueId: issue.id } : { kind: 'duplicate' };
}
