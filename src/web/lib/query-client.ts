import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

const maxRetries = 2;
const maxRateLimitRetries = 3;

/** Network failures and 5xx are worth another try; other 4xx will answer the same; 429 waits its turn. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status === 429) return failureCount < maxRateLimitRetries;
  if (error.status === 0 || error.status >= 500) return failureCount < maxRetries;
  return false;
}

/**
 * For a query PostHog runs (HogQL): only a 429 or a lost connection is tried again; one that failed or ran out of
 * time would do so again.
 */
export const retryThrottledOrOffline = (failureCount: number, error: unknown) =>
  error instanceof ApiError && (error.status === 429 || error.status === 0) && shouldRetry(failureCount, error);

export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ApiError && error.status === 429 && error.retryAfter !== null) return error.retryAfter * 1000;
  return Math.min(1000 * 2 ** failureCount, 8000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, retryDelay },
      // Writes are not repeated behind the person's back.
      mutations: { retry: false },
    },
  });
}
