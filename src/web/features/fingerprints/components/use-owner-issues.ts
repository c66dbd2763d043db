import { useQueries } from '@tanstack/react-query';
import type { Issue } from '../../../../contract/issues';
import { issueQueryOptions } from '../../../data/issues/get-issue';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';

/**
 * The issues that own a page's fingerprints, read one by one (a fingerprint names only its issue's id, and PostHog
 * lists issues by no id): each once, and not polled, as the page itself is, so a page of 100 costs at most 100 reads.
 */
export function useOwnerIssues(issueIds: readonly string[]): Map<string, Issue> {
  const environment = useCurrentEnvironment();
  const unique = [...new Set(issueIds)];
  return useQueries({
    queries: unique.map((id) => ({
      ...issueQueryOptions(environment.id, id),
      refetchInterval: false,
      refetchOnWindowFocus: false,
      staleTime: 60_000,
      retry: false,
    })),
    combine: (results) =>
      new Map(results.flatMap((result, index) => (result.data ? [[unique[index]!, result.data] as const] : []))),
  });
}
