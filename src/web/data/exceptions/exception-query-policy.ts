import { retryThrottledOrOffline } from '../../lib/query-client';

/** Each fetch is a HogQL query on the one key everyone shares: no polling, no refetch on focus. */
export const exceptionQueryPolicy = {
  staleTime: 5 * 60_000,
  refetchOnWindowFocus: false,
  retry: retryThrottledOrOffline,
} as const;
