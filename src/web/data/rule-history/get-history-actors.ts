import { queryOptions, useQuery } from '@tanstack/react-query';
import { historyActorsSchema } from '../../../contract/rule-history-api';
import { api } from '../../lib/api-client';
import { retryThrottledOrOffline } from '../../lib/query-client';
import { ruleHistoryKeys, ruleHistoryPath } from './keys';

export function getHistoryActors(envId: number, signal?: AbortSignal) {
  return api.get(ruleHistoryPath(envId, 'actors/'), historyActorsSchema, { signal });
}

export const historyActorsQueryOptions = (envId: number) =>
  queryOptions({
    queryKey: ruleHistoryKeys.actors(envId),
    queryFn: ({ signal }) => getHistoryActors(envId, signal),
    retry: retryThrottledOrOffline,
  });

/** Everyone in the kept history (people, API keys, the browser, outside), for the person filter. */
export const useHistoryActors = (envId: number) => useQuery(historyActorsQueryOptions(envId));
