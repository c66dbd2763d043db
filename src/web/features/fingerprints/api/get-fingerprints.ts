import { queryOptions, useQuery } from '@tanstack/react-query';
import { paginatedSchema } from '../../../../contract/common';
import { fingerprintSchema } from '../../../../contract/fingerprints';
import { api } from '../../../lib/api-client';
import { environmentPath, withQuery } from '../../../lib/api-paths';
import { queryKeys } from '../../../lib/query-keys';

const fingerprintsPageSchema = paginatedSchema(fingerprintSchema);
export type FingerprintListParams = { issue_id?: string; limit?: number; offset?: number };

export function getFingerprints(envId: number, params: FingerprintListParams, signal?: AbortSignal) {
  const path = withQuery(environmentPath(envId, 'error_tracking/fingerprints/'), params);
  return api.get(path, fingerprintsPageSchema, { signal });
}

export const fingerprintsQueryOptions = (envId: number, params: FingerprintListParams = {}) =>
  queryOptions({
    queryKey: queryKeys.list(envId, 'fingerprints', params),
    queryFn: ({ signal }) => getFingerprints(envId, params, signal),
  });

export const useFingerprints = (envId: number, params?: FingerprintListParams) =>
  useQuery(fingerprintsQueryOptions(envId, params));
