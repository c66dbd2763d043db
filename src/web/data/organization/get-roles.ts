import { queryOptions, useQuery } from '@tanstack/react-query';
import { paginatedSchema } from '../../../contract/common';
import { roleSchema } from '../../../contract/organization';
import { api } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { fetchAllPages } from '../../lib/fetch-all-pages';
import { queryKeys } from '../query-keys';

const rolesPath = '/api/organizations/@current/roles/';

/**
 * Instances without roles (404) have none. Older PostHog turns every query parameter into a filter, so `?limit` is a
 * 500 there: the first page is then read without parameters.
 */
export async function getRoles(signal?: AbortSignal) {
  try {
    return await fetchAllPages(rolesPath, roleSchema, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    if (error instanceof ApiError && error.status === 500) {
      return (await api.get(rolesPath, paginatedSchema(roleSchema), { signal })).results;
    }
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
