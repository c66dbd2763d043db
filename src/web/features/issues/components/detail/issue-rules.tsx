import { Link } from 'react-router';
import { summarizeGroup } from '../../../../components/filter-builder';
import { EmptyState } from '../../../../components/ui/empty-state';
import { QueryView } from '../../../../components/ui/query-view';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { useGroupingRulesForIssue } from '../../../../data/rules/get-grouping-rules-for-issue';

export function IssueRules({ issueId }: { issueId: string }) {
  const environment = useCurrentEnvironment();
  const rules = useGroupingRulesForIssue(environment.id, issueId);
  return (
    <QueryView
      query={rules}
      label="grouping rules"
      isEmpty={(list) => list.length === 0}
      empty={<EmptyState title="No grouping rule points at this issue." />}
    >
      {(list) => (
        <ul className="item-list">
          {list.map((rule) => (
            <li key={rule.id} className="item">
              <p className="item__title">
                <Link to={`/env/${environment.id}/grouping-rules/${rule.id}`}>
                  {rule.description?.trim() || 'Grouping rule without a description'}
                </Link>
              </p>
              <p className="item__meta">{summarizeGroup(rule.filters)}</p>
            </li>
          ))}
        </ul>
      )}
    </QueryView>
  );
}
