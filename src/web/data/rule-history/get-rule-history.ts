import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { historyListSchema } from '../../../contract/rule-history';
import { actorFilterValue } from '../../../contract/rule-history-api';
import { api } from '../../lib/api-client';
import { withQuery } from '../../lib/api-paths';
import { retryThrottledOrOffline } from '../../lib/query-client';
import { ruleHistoryKeys, ruleHistoryPath, type HistoryFilters } from './keys';

/** One page of the environment's history, newest first; `before` is the previous page's `next_before`. */
export function getRuleHistory(
  envId: number,
  { kind, actor, rule }: HistoryFilters,
  before: number | null = null,
  signal?: AbortSignal,
) {
  const path = withQuery(ruleHistoryPath(envId), {
    kind,
    actor: actor === undefined ? undefined : actorFilterValue(actor),
    rule,
    before: before ?? undefined,
  });
  return api.get(path, historyListSchema, { signal });
}

export const ruleHistoryQueryOptions = (envId: number, filters: HistoryFilters = {}) =>
  infiniteQueryOptions({
    queryKey: ruleHistoryKeys.list(envId, filters),
    queryFn: ({ pageParam, signal }) => getRuleHistory(envId, filters, pageParam, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.next_before,
    retry: retryThrottledOrOffline,
  });

/** The history, a page at a time (`fetchNextPage` for older entries); refreshed after this tab's rule writes. */
export const useRuleHistory = (envId: number, filters: HistoryFilters = {}) =>
  useInfiniteQuery(ruleHistoryQueryOptions(envId, filters));
