import { queryOptions, useQuery } from '@tanstack/react-query';
import { readableRows, readRows } from '../../../contract/rows';
import { groupingRuleListSchema, groupingRuleSchema } from '../../../contract/rules';
import { environmentPath } from '../../lib/api-paths';
import { fetchPages } from '../../lib/fetch-all-pages';
import { ruleKeys } from './keys';

/**
 * The grouping rules whose `issue` is this issue (PostHog fills `issue` in the list answer only). A rule the
 * contract cannot read is left out here; the grouping rules page shows it as unreadable.
 */
export async function getGroupingRulesForIssue(envId: number, issueId: string, signal?: AbortSignal) {
  const path = environmentPath(envId, 'error_tracking/grouping_rules/');
  const rules = readableRows(
    readRows(groupingRuleSchema, await fetchPages(path, groupingRuleListSchema, { signal, limit: 1000 })),
  );
  return rules.filter((rule) => rule.issue?.id === issueId).sort((a, b) => a.order_key - b.order_key);
}

export const groupingRulesForIssueQueryOptions = (envId: number, issueId: string) =>
  queryOptions({
    // Under the grouping rules' key, so any change to the rules refreshes it too.
    queryKey: ruleKeys.groupingForIssue(envId, issueId),
    queryFn: ({ signal }) => getGroupingRulesForIssue(envId, issueId, signal),
  });

export const useGroupingRulesForIssue = (envId: number, issueId: string) =>
  useQuery(groupingRulesForIssueQueryOptions(envId, issueId));
