import { queryOptions, useQuery } from '@tanstack/react-query';
import { roleSchema } from '../../../contract/organization';
import { ApiError } from '../api-error';
import { fetchAllPages } from '../fetch-all-pages';
import { queryKeys } from '../query-keys';

/** Every role of the current organization (scope organization:read). Instances without roles (404) have none. */
export async function getRoles(signal?: AbortSignal) {
  try {
    return await fetchAllPages('/api/organizations/@current/roles/', roleSchema, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    throw error;
  }
}

export const rolesQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.organization('roles'),
    queryFn: ({ signal }) => getRoles(signal),
    staleTime: 10 * 60_000,
  });

export const useRoles = () => useQuery(rolesQueryOptions());
