import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError, rateLimitMessage } from '../../lib/api-error';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

type QueryViewProps<T> = {
  query: UseQueryResult<T, unknown>;
  /** What is loading, in words: "assignment rules". */
  label: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
};

/** The loading, error, empty and ready states of one query, the same way on every page. */
export function QueryView<T>({ query, label, isEmpty, empty, children }: QueryViewProps<T>) {
  if (query.isPending) {
    const reason = query.failureReason;
    return (
      <>
        {reason instanceof ApiError && reason.status === 429 && reason.retryAfter !== null && (
          <p className="notice" role="status">
            {rateLimitMessage(reason.retryAfter)}
          </p>
        )}
        <LoadingState label={label} />
      </>
    );
  }
  const retry = () => void query.refetch();
  if (query.data === undefined) {
    return (
      <ErrorState title={`Could not load ${label}.`} error={query.error} onRetry={retry} retrying={query.isFetching} />
    );
  }
  // A failed background refresh keeps what is on screen and says it may be out of date.
  return (
    <>
      {query.isError && (
        <ErrorState
          title={`Could not refresh ${label}; showing what was loaded before.`}
          error={query.error}
          onRetry={retry}
          retrying={query.isFetching}
        />
      )}
      {isEmpty?.(query.data) && empty !== undefined ? empty : children(query.data)}
    </>
  );
}
