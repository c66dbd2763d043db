import { liveQuery } from '../../lib/live-query';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { paginatedSchema } from '../../../contract/common';
import { fingerprintRowSchema } from '../../../contract/fingerprints';
import { readRows } from '../../../contract/rows';
import { api } from '../../lib/api-client';
import { withQuery } from '../../lib/api-paths';
import { fingerprintKeys, fingerprintsPath } from './keys';

const fingerprintsPageSchema = paginatedSchema(z.unknown());
export type FingerprintListParams = { issue_id?: string; limit: number; offset: number };

export async function getFingerprints(envId: number, params: FingerprintListParams, signal?: AbortSignal) {
  const { issue_id, limit, offset } = params;
  const path = withQuery(fingerprintsPath(envId), {
    issue_id,
    limit,
    offset: offset || undefined,
  });
  const page = await api.get(path, fingerprintsPageSchema, { signal });
  return { ...page, results: readRows(fingerprintRowSchema, page.results) };
}

export const fingerprintsQueryOptions = (envId: number, params: FingerprintListParams) =>
  queryOptions({
    queryKey: fingerprintKeys.list(envId, params),
    queryFn: ({ signal }) => getFingerprints(envId, params, signal),
    placeholderData: keepPreviousData,
    ...liveQuery,
  });

export const useFingerprints = (envId: number, params: FingerprintListParams) =>
  useQuery(fingerprintsQueryOptions(envId, params));

/** A single-item page says the count on every backend. */
export const fingerprintCountQueryOptions = (envId: number, issueId: string) =>
  queryOptions({
    queryKey: fingerprintKeys.list(envId, { issue_id: issueId, count: true }),
    queryFn: async ({ signal }) =>
      (await getFingerprints(envId, { issue_id: issueId, limit: 1, offset: 0 }, signal)).count,
  });
