import { liveQuery } from '../../lib/live-query';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { paginatedSchema } from '../../../contract/common';
import { externalReferenceSchema, type ExternalReference } from '../../../contract/external-references';
import { readRows, type Row } from '../../../contract/rows';
import { api } from '../../lib/api-client';
import { withQuery } from '../../lib/api-paths';
import { externalReferenceKeys, referencesPath } from './keys';

const referencesPageSchema = paginatedSchema(z.unknown());
export type ExternalReferenceListParams = { limit: number; offset: number };
export type ExternalReferencePage = { count: number; hasMore: boolean; rows: Row<ExternalReference>[] };

export async function getExternalReferences(
  envId: number,
  params: ExternalReferenceListParams,
  signal?: AbortSignal,
): Promise<ExternalReferencePage> {
  const page = await api.get(withQuery(referencesPath(envId), params), referencesPageSchema, { signal });
  return { count: page.count, hasMore: page.next !== null, rows: readRows(externalReferenceSchema, page.results) };
}

export const externalReferencesQueryOptions = (envId: number, params: ExternalReferenceListParams) =>
  queryOptions({
    queryKey: externalReferenceKeys.list(envId, params),
    queryFn: ({ signal }) => getExternalReferences(envId, params, signal),
    placeholderData: keepPreviousData,
    ...liveQuery,
  });

export const useExternalReferences = (envId: number, params: ExternalReferenceListParams) =>
  useQuery(externalReferencesQueryOptions(envId, params));
