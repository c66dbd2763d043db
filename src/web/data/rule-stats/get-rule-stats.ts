import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ruleStatsSchema, type RuleStatsWindowDays } from '../../../contract/rule-stats';
import { api } from '../../lib/api-client';
import { withQuery } from '../../lib/api-paths';
import { retryThrottledOrOffline } from '../../lib/query-client';
import { ruleStatsKeys, ruleStatsPath } from './keys';

/** The server keeps an answer as long while the rules stay the same; asking sooner gets the same numbers. */
const statsStayMs = 30_000;

export function getRuleStats(envId: number, days: RuleStatsWindowDays, signal?: AbortSignal) {
  return api.get(withQuery(ruleStatsPath(envId), { days: String(days) }), ruleStatsSchema, { signal });
}

export const ruleStatsQueryOptions = (envId: number, days: RuleStatsWindowDays) =>
  queryOptions({
    queryKey: ruleStatsKeys.window(envId, days),
    queryFn: ({ signal }) => getRuleStats(envId, days, signal),
    staleTime: statsStayMs,
    retry: retryThrottledOrOffline,
  });

/**
 * Every rule's statistics over the window. While new numbers are computed (another window, a change to the rules)
 * the last ones stay on screen, so the rows keep their place.
 */
export const useRuleStats = (envId: number, days: RuleStatsWindowDays) =>
  useQuery({ ...ruleStatsQueryOptions(envId, days), placeholderData: keepPreviousData });
