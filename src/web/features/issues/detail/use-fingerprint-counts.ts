import { useQueries } from '@tanstack/react-query';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { fingerprintCountQueryOptions } from '../../../lib/fingerprints/get-fingerprints';

/** How many fingerprints the issues hold together; null while any count is still loading or failed. */
export function useFingerprintTotal(issueIds: readonly string[]) {
  const environment = useCurrentEnvironment();
  return useQueries({
    queries: issueIds.map((id) => fingerprintCountQueryOptions(environment.id, id)),
    combine: (results) => ({
      total: results.every((result) => result.data !== undefined)
        ? results.reduce((sum, result) => sum + (result.data ?? 0), 0)
        : null,
      loading: results.some((result) => result.isPending && !result.isError),
      failed: results.find((result) => result.isError)?.error ?? null,
    }),
  });
}
