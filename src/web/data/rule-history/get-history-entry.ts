import { queryOptions, useQuery } from '@tanstack/react-query';
import { historyEntryDetailSchema } from '../../../contract/rule-history';
import { api } from '../../lib/api-client';
import { retryThrottledOrOffline } from '../../lib/query-client';
import { ruleHistoryKeys, ruleHistoryPath } from './keys';

export function getHistoryEntry(envId: number, entryId: number, signal?: AbortSignal) {
  return api.get(ruleHistoryPath(envId, `${entryId}/`), historyEntryDetailSchema, { signal });
}

/** An entry never changes once recorded: it is read once. */
export const historyEntryQueryOptions = (envId: number, entryId: number) =>
  queryOptions({
    queryKey: ruleHistoryKeys.entry(envId, entryId),
    queryFn: ({ signal }) => getHistoryEntry(envId, entryId, signal),
    staleTime: Infinity,
    retry: retryThrottledOrOffline,
  });

/** One entry with the state it left (`snapshot`) and the state before it (`previous`), for its diff. */
export const useHistoryEntry = (envId: number, entryId: number) => useQuery(historyEntryQueryOptions(envId, entryId));
