import type { GroupingRule } from '../../../../contract/rules';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { RuleAssignee } from '../components/rules-list/rule-assignee';
import { RowLink } from '../components/rules-list/row-link';

export function GroupingRuleDetails({ rule }: { rule: GroupingRule }) {
  const environment = useCurrentEnvironment();
  return (
    <>
      <p className={rule.description ? 'rule-row__description' : 'rule-row__description rule-row__muted'}>
        {rule.description || 'No description'}
      </p>
      <p className="rule-row__detail">
        <span className="rule-row__detail-label">Groups into</span>
        {rule.issue ? (
          <RowLink href={`/env/${environment.id}/issues/${rule.issue.id}`}>
            {rule.issue.name ?? 'Untitled issue'}
          </RowLink>
        ) : (
          <span className="rule-row__muted">a new issue, created by the first match</span>
        )}
      </p>
      {rule.assignee && (
        <p className="rule-row__detail">
          <span className="rule-row__detail-label">Assigns to</span>
          <RuleAssignee assignee={rule.assignee} />
        </p>
      )}
    </>
  );
}
