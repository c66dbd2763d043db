import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { groupingRuleSchema, type GroupingRule } from '../../../contract/rules';
import { api } from '../api-client';
import { environmentPath, withQuery } from '../api-paths';
import { queryKeys } from '../query-keys';

// Grouping rules answer `{results}` only; older PostHog versions paginated them, so `next` is followed if present.
const rulesPageSchema = z.object({ next: z.string().nullable().optional(), results: z.array(groupingRuleSchema) });

/** `next` is an absolute URL of whichever host answered; the app asks its own origin (the proxy in connected mode). */
function sameOriginPath(next: string): string {
  const url = new URL(next, window.location.origin);
  return url.pathname + url.search;
}

/** The grouping rules whose `issue` is this issue (PostHog fills `issue` in the list answer only). */
export async function getGroupingRulesForIssue(envId: number, issueId: string, signal?: AbortSignal) {
  const rules: GroupingRule[] = [];
  const visited = new Set<string>();
  let path: string | null = withQuery(environmentPath(envId, 'error_tracking/grouping_rules/'), { limit: 1000 });
  while (path !== null && !visited.has(path)) {
    visited.add(path);
    const page: z.output<typeof rulesPageSchema> = await api.get(path, rulesPageSchema, { signal });
    rules.push(...page.results);
    path = page.next ? sameOriginPath(page.next) : null;
  }
  return rules.filter((rule) => rule.issue?.id === issueId).sort((a, b) => a.order_key - b.order_key);
}

export const groupingRulesForIssueQueryOptions = (envId: number, issueId: string) =>
  queryOptions({
    // Under the grouping rules' key, so any change to the rules refreshes it too.
    queryKey: [...queryKeys.resource(envId, 'grouping_rules'), 'for-issue', issueId],
    queryFn: ({ signal }) => getGroupingRulesForIssue(envId, issueId, signal),
  });

export const useGroupingRulesForIssue = (envId: number, issueId: string) =>
  useQuery(groupingRulesForIssueQueryOptions(envId, issueId));
