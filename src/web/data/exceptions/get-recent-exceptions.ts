import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  missingQueryScopeCode,
  recentExceptionsSchema,
  type RecentExceptionsParams,
} from '../../../contract/recent-exceptions';
import { api } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { withQuery } from '../../lib/api-paths';
import { exceptionQueryPolicy } from './exception-query-policy';
import { exceptionKeys, recentExceptionsPath } from './keys';

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
    ...exceptionQueryPolicy,
  });

export const useRecentExceptions = (envId: number, params: RecentExceptionsParams, { enabled = true } = {}) =>
  useQuery({ ...recentExceptionsQueryOptions(envId, params), enabled });

/** The key lacks `query:read`: events cannot be fetched, but an event's JSON can still be pasted. */
export const lacksQueryScope = (error: unknown) =>
  error instanceof ApiError && error.status === 403 && error.code === missingQueryScopeCode;
