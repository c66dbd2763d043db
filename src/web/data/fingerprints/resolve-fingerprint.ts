import { queryOptions } from '@tanstack/react-query';
import { fingerprintRowSchema } from '../../../contract/fingerprints';
import { api } from '../../lib/api-client';
import { withQuery } from '../../lib/api-paths';
import { fingerprintKeys, fingerprintsPath } from './keys';

/** 404 when no issue has the fingerprint. */
export function resolveFingerprint(envId: number, fingerprint: string, signal?: AbortSignal) {
  const path = withQuery(fingerprintsPath(envId, 'resolve/'), { fingerprint });
  return api.get(path, fingerprintRowSchema, { signal });
}

/** Always asked afresh: merges and splits move fingerprints between issues. */
export const resolveFingerprintQueryOptions = (envId: number, fingerprint: string) =>
  queryOptions({
    queryKey: fingerprintKeys.resolve(envId, fingerprint),
    queryFn: ({ signal }) => resolveFingerprint(envId, fingerprint, signal),
    staleTime: 0,
  });
