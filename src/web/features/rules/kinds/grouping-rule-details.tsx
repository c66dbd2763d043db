import type { GroupingRule } from '../../../../contract/rules';
import { RuleAssignee } from '../components/rules-list/rule-assignee';

export function GroupingRuleDetails({ rule }: { rule: GroupingRule }) {
  return (
    <>
      <p className={rule.description ? 'rule-row__description' : 'rule-row__description rule-row__muted'}>
        {rule.description || 'No description'}
      </p>
      {!rule.issue && (
        <p className="rule-row__detail">
          <span className="rule-row__detail-label">Groups into</span>
          <span className="rule-row__muted">a new issue, created by the first match</span>
        </p>
      )}
      {rule.assignee && (
        <p className="rule-row__detail">
          <span className="rule-row__detail-label">Assigns to</span>
          <RuleAssignee assignee={rule.assignee} />
        </p>
      )}
    </>
  );
}
