import { assigneeSchema, type Assignee } from '../../../../../contract/assignee';
import type { ExceptionEvent } from '../../../../../contract/recent-exceptions';
import type { AssignmentRule } from '../../../../../contract/rules';
import type { EngineRules } from '../../../../../rule-engine/types';
import type { IssueRow } from '../../../../data/issues/issue-row';
import type { loadRuleEngine } from '../../../../lib/load-rule-engine';

type RuleEngine = Awaited<ReturnType<typeof loadRuleEngine>>;

/** What today's assignment rules pick for an issue from its first exception; `ruleId` null when none matched. */
export type Proposal = {
  eventUuid: string;
  assignee: Assignee | null;
  ruleId: string | null;
  /** The winning rule as the list reads it; null for none, or for a rule the dashboard cannot read. */
  rule: AssignmentRule | null;
  /** Assignment rules that errored on this exception (cymbal would disable them and go on with the next). */
  erroredRules: number;
};

/**
 * The issue's first exception through today's rules, as if it created the issue now (spec 10.2), with what
 * ingestion added to the stored event taken off first, as Explain does. Suppression is left out: the issue exists,
 * so whether a rule would drop its first exception today does not decide who it goes to.
 */
export function proposeAssignee(
  engine: RuleEngine,
  event: ExceptionEvent,
  issue: IssueRow,
  rules: { engine: EngineRules; assignment: readonly AssignmentRule[] },
): Proposal {
  const trace = engine.evaluate(
    { uuid: event.uuid, properties: engine.capturedProperties(event.properties) },
    rules.engine,
    {
      resolveIssue: () => ({
        isNew: true,
        reopened: false,
        // As ingestion links a new issue: active, named after its first exception.
        issue: { id: issue.id, status: 'active', name: issue.name ?? null, description: issue.description ?? null },
      }),
    },
  );
  const ruleId = trace.assignment?.winner ?? null;
  const assignee = assigneeSchema.safeParse(trace.assignment?.assignee ?? null);
  return {
    eventUuid: event.uuid,
    assignee: assignee.success ? assignee.data : null,
    ruleId,
    rule: ruleId === null ? null : (rules.assignment.find((each) => each.id === ruleId) ?? null),
    erroredRules: trace.errors.filter((error) => error.kind === 'assignment').length,
  };
}
