import type { GroupingRule } from '../../../../contract/rules';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { RowLink } from '../components/rules-list/row-link';

export function GroupingRuleOutcome({ rule }: { rule: GroupingRule }) {
  const environment = useCurrentEnvironment();
  return (
    <span className="rule-row__outcome-text">
      <span className="rule-row__muted">Groups into </span>
      {rule.issue ? (
        <RowLink href={`/env/${environment.id}/issues/${rule.issue.id}`}>{rule.issue.name ?? 'Untitled issue'}</RowLink>
      ) : (
        <span className="rule-row__muted">a new issue</span>
      )}
    </span>
  );
}
