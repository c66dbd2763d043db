import type { QueryClient } from '@tanstack/react-query';
import { issueKeys } from './keys';
import { queryKeys } from '../query-keys';

/**
 * After a change to issues: every issue list, search and detail, and what hangs off issues (fingerprints move on
 * merge and split, references on merge, a grouping rule's `issue` may now name another one).
 */
export function invalidateIssueData(client: QueryClient, envId: number): Promise<unknown> {
  return Promise.all(
    [
      issueKeys.all(envId),
      ...['fingerprints', 'external_references', 'grouping_rules'].map((resource) =>
        queryKeys.resource(envId, resource),
      ),
    ].map((queryKey) => client.invalidateQueries({ queryKey })),
  );
}
