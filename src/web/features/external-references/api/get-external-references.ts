import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { paginatedSchema } from '../../../../contract/common';
import { externalReferenceSchema } from '../../../../contract/external-references';
import { api } from '../../../lib/api-client';
import { withQuery } from '../../../lib/api-paths';
import { externalReferenceKeys, referencesPath } from './external-reference-keys';

const referencesPageSchema = paginatedSchema(externalReferenceSchema);
export type ExternalReferenceListParams = { limit: number; offset: number };

export function getExternalReferences(envId: number, params: ExternalReferenceListParams, signal?: AbortSignal) {
  return api.get(withQuery(referencesPath(envId), params), referencesPageSchema, { signal });
}

export const externalReferencesQueryOptions = (envId: number, params: ExternalReferenceListParams) =>
  queryOptions({
    queryKey: externalReferenceKeys.list(envId, params),
    queryFn: ({ signal }) => getExternalReferences(envId, params, signal),
    // The current page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

export const useExternalReferences = (envId: number, params: ExternalReferenceListParams) =>
  useQuery(externalReferencesQueryOptions(envId, params));
