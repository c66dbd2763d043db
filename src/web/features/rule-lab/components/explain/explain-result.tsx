import { useMemo } from 'react';
import { assigneeSchema } from '../../../../../contract/assignee';
import type { RuleKind } from '../../../../../contract/rules';
import type { EngineAssignee, EngineEvent } from '../../../../../rule-engine/types';
import { ErrorState } from '../../../../components/ui/error-state';
import { LoadingState } from '../../../../components/ui/loading-state';
import { fallbackAssigneeName } from '../../../../data/organization/assignee-names';
import { useAssigneeDirectory } from '../../../../data/organization/use-assignee-directory';
import { isUnreadableRule } from '../../../../data/rules/rule-list-item';
import { toEngineRules, type RuleLists } from '../../../../data/rules/to-engine-rules';
import { useAllRules } from '../../../../data/rules/use-all-rules';
import { useRuleEngine } from '../../../../lib/use-rule-engine';
import { ruleTitleOf } from '../../../rules';
import { toIssueContext, type IssueContextChoice } from './issue-context';
import { TraceView } from './trace-view';

type ExplainResultProps = {
  envId: number;
  event: EngineEvent;
  /** A stored event: what ingestion added to it is taken off first, so the rules see what the SDK sent. */
  stored?: boolean;
  issueContext: IssueContextChoice;
};

/** The engine run in the browser over the environment's rules as they are now: nothing is sent or stored. */
export function ExplainResult({ envId, event, stored = false, issueContext }: ExplainResultProps) {
  const rules = useAllRules(envId);
  const engine = useRuleEngine();
  const { lookup } = useAssigneeDirectory();
  const lists = rules.status === 'ready' ? rules.lists : null;
  const trace = useMemo(
    () =>
      lists && engine.data
        ? engine.data.evaluate(
            stored ? { ...event, properties: engine.data.capturedProperties(event.properties) } : event,
            toEngineRules(lists),
            { resolveIssue: () => toIssueContext(issueContext) },
          )
        : null,
    [lists, engine.data, event, stored, issueContext],
  );

  if (rules.status === 'error') {
    return <ErrorState title="Could not load this environment’s rules." error={rules.error} onRetry={rules.retry} />;
  }
  if (engine.isError) {
    return (
      <ErrorState title="Could not load the rule engine." error={engine.error} onRetry={() => void engine.refetch()} />
    );
  }
  if (!trace || !lists) return <LoadingState label="the explanation" />;

  const titleOf = (kind: RuleKind, ruleId: string) => titleIn(lists, kind, ruleId, lookup);
  return <TraceView trace={trace} titleOf={titleOf} assigneeName={(assignee) => nameOf(assignee, lookup)} />;
}

type Lookup = Parameters<typeof ruleTitleOf>[2];

/** A rule's assignee as the engine passes it on: a stored record, so it may not be one the contract reads. */
function nameOf(assignee: EngineAssignee, lookup: Lookup): string {
  const read = assigneeSchema.safeParse(assignee);
  if (!read.success) return `${assignee.type} ${String(assignee.id)}`;
  return lookup(read.data)?.name ?? fallbackAssigneeName(read.data);
}

function titleIn(lists: RuleLists, kind: RuleKind, ruleId: string, lookup: Lookup) {
  const rule = lists[kind].find((item) => (isUnreadableRule(item) ? item.serverId : item.id) === ruleId);
  if (!rule) return 'a rule no longer listed';
  if (isUnreadableRule(rule)) return 'a rule the dashboard cannot read';
  return ruleTitleOf(kind, rule, lookup);
}
