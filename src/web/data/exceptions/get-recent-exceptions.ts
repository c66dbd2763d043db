import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  missingQueryScopeCode,
  recentExceptionsSchema,
  type RecentExceptionsParams,
} from '../../../contract/recent-exceptions';
import { api } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { withQuery } from '../../lib/api-paths';
import { retryThrottledOrOffline } from '../../lib/query-client';
import { exceptionKeys, recentExceptionsPath } from './keys';

/** Each fetch is a HogQL query on the one key everyone shares: no polling, no refetch on focus. */
const eventsStayMs = 5 * 60_000;

export function getRecentExceptions(envId: number, params: RecentExceptionsParams, signal?: AbortSignal) {
  const { days, limit, event, issue, search } = params;
  const path = withQuery(recentExceptionsPath(envId), {
    days: days === undefined ? undefined : String(days),
    limit: limit === undefined ? undefined : String(limit),
    event,
    issue,
    search,
  });
  return api.get(path, recentExceptionsSchema, { signal });
}

export const recentExceptionsQueryOptions = (envId: number, params: RecentExceptionsParams) =>
  queryOptions({
    queryKey: exceptionKeys.recent(envId, params),
    queryFn: ({ signal }) => getRecentExceptions(envId, params, signal),
    staleTime: eventsStayMs,
    refetchOnWindowFocus: false,
    retry: retryThrottledOrOffline,
  });

export const useRecentExceptions = (envId: number, params: RecentExceptionsParams, { enabled = true } = {}) =>
  useQuery({ ...recentExceptionsQueryOptions(envId, params), enabled });

/** The key lacks `query:read`: events cannot be fetched, but an event's JSON can still be pasted. */
export const lacksQueryScope = (error: unknown) =>
  error instanceof ApiError && error.status === 403 && error.code === missingQueryScopeCode;
