import { queryOptions, useQuery } from '@tanstack/react-query';
import { memberSchema } from '../../../contract/organization';
import { fetchAllPages } from '../../lib/fetch-all-pages';
import { queryKeys } from '../query-keys';

export function getMembers(signal?: AbortSignal) {
  return fetchAllPages('/api/organizations/@current/members/', memberSchema, { signal });
}

export const membersQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.organization('members'),
    queryFn: ({ signal }) => getMembers(signal),
    // People join rarely; every rule row reads this list.
    staleTime: 10 * 60_000,
  });

export const useMembers = () => useQuery(membersQueryOptions());
