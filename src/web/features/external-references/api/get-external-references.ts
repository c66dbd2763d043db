import { queryOptions, useQuery } from '@tanstack/react-query';
import { paginatedSchema } from '../../../../contract/common';
import { externalReferenceSchema } from '../../../../contract/external-references';
import { api } from '../../../lib/api-client';
import { environmentPath, withQuery } from '../../../lib/api-paths';
import { queryKeys } from '../../../lib/query-keys';

const referencesPageSchema = paginatedSchema(externalReferenceSchema);
export type ExternalReferenceListParams = { limit?: number; offset?: number };

export function getExternalReferences(envId: number, params: ExternalReferenceListParams, signal?: AbortSignal) {
  const path = withQuery(environmentPath(envId, 'error_tracking/external_references/'), params);
  return api.get(path, referencesPageSchema, { signal });
}

export const externalReferencesQueryOptions = (envId: number, params: ExternalReferenceListParams = {}) =>
  queryOptions({
    queryKey: queryKeys.list(envId, 'external_references', params),
    queryFn: ({ signal }) => getExternalReferences(envId, params, signal),
  });

export const useExternalReferences = (envId: number, params?: ExternalReferenceListParams) =>
  useQuery(externalReferencesQueryOptions(envId, params));
