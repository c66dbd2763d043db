import { queryOptions } from '@tanstack/react-query';
import { fingerprintRowSchema } from '../../../contract/fingerprints';
import { api } from '../../lib/api-client';
import { environmentPath, withQuery } from '../../lib/api-paths';
import { queryKeys } from '../query-keys';
import { fingerprintsResource } from './get-fingerprints';

/** `GET …/fingerprints/resolve/?fingerprint=`: the fingerprint and its issue; 404 when no issue has it. */
export function resolveFingerprint(envId: number, fingerprint: string, signal?: AbortSignal) {
  const path = withQuery(environmentPath(envId, 'error_tracking/fingerprints/resolve/'), { fingerprint });
  return api.get(path, fingerprintRowSchema, { signal });
}

/** Always asked afresh: merges and splits move fingerprints between issues. */
export const resolveFingerprintQueryOptions = (envId: number, fingerprint: string) =>
  queryOptions({
    queryKey: [...queryKeys.resource(envId, fingerprintsResource), 'resolve', fingerprint],
    queryFn: ({ signal }) => resolveFingerprint(envId, fingerprint, signal),
    staleTime: 0,
  });
