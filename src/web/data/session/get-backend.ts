import { queryOptions, useQuery } from '@tanstack/react-query';
import { backendInfoSchema } from '../../../contract/backend';
import { api } from '../../lib/api-client';
import { queryKeys } from '../query-keys';

/** Fixed for the server's lifetime. */
export function getBackend(signal?: AbortSignal) {
  return api.get('/api/console/backend/', backendInfoSchema, { signal });
}

export const backendQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.backend(), queryFn: ({ signal }) => getBackend(signal), staleTime: Infinity });

export const useBackend = () => useQuery(backendQueryOptions());
