import { queryOptions, useQuery } from '@tanstack/react-query';
import { personalApiKeySchema } from '../../../contract/organization';
import { api } from '../../lib/api-client';
import { queryKeys } from '../query-keys';

export function getCurrentKey(signal?: AbortSignal) {
  return api.get('/api/personal_api_keys/@current/', personalApiKeySchema, { signal });
}

export const currentKeyQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.currentKey(), queryFn: ({ signal }) => getCurrentKey(signal) });

export const useCurrentKey = () => useQuery(currentKeyQueryOptions());
