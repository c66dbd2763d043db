import { useQueries } from '@tanstack/react-query';
import { useCurrentEnvironment } from '../../../../lib/environments/current-environment';
import { fingerprintCountQueryOptions } from '../../../../data/fingerprints/get-fingerprints';

/** `counts[i]` is for `issueIds[i]`; both null while any count is loading or failed. */
export function useFingerprintTotal(issueIds: readonly string[]) {
  const environment = useCurrentEnvironment();
  return useQueries({
    queries: issueIds.map((id) => fingerprintCountQueryOptions(environment.id, id)),
    combine: (results) => {
      const counts = results.every((result) => result.data !== undefined)
        ? results.map((result) => result.data ?? 0)
        : null;
      return {
        counts,
        total: counts && counts.reduce((sum, count) => sum + count, 0),
        loading: results.some((result) => result.isPending && !result.isError),
        failed: results.find((result) => result.isError)?.error ?? null,
      };
    },
  });
}
