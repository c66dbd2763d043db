import { ApiError } from '../../lib/api-error';
import { shouldRetry } from '../../lib/query-client';

/** Each fetch is a HogQL query on the one key everyone shares: no polling, no refetch on focus. */
export const exceptionQueryPolicy = {
  staleTime: 5 * 60_000,
  refetchOnWindowFocus: false,
  /** Only a 429 or a lost connection is tried again: a query that failed or ran out of time would do so again. */
  retry: (failureCount: number, error: unknown) =>
    error instanceof ApiError && (error.status === 429 || error.status === 0) && shouldRetry(failureCount, error),
} as const;
