import { useQueries } from '@tanstack/react-query';
import type { Issue } from '../../../../contract/issues';
import { issueQueryOptions } from '../../../data/issues/get-issue';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';

/**
 * PostHog allows a personal API key 480 requests a minute: a page of 100 fingerprints must not spend 100 of them.
 * Owners beyond these keep their short id.
 */
export const maxOwnerReads = 25;

/**
 * The issues that own a page's fingerprints, read one by one (a fingerprint names only its issue's id, and PostHog
 * lists issues by no id): each once, not polled, and at most `maxOwnerReads` of them.
 */
export function useOwnerIssues(issueIds: readonly string[]): Map<string, Issue> {
  const environment = useCurrentEnvironment();
  const unique = [...new Set(issueIds)].slice(0, maxOwnerReads);
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
