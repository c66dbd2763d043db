import type { QueryClient } from '@tanstack/react-query';
import { issueKeys } from './keys';
import { externalReferenceKeys } from '../external-references/keys';
import { fingerprintKeys } from '../fingerprints/keys';
import { ruleKeys } from '../rules/keys';

/**
 * After a change to issues: every issue list, search and detail, and what hangs off issues (fingerprints move on
 * merge and split, references on merge, a grouping rule's `issue` may now name another one).
 */
export function invalidateIssueData(client: QueryClient, envId: number): Promise<unknown> {
  return Promise.all(
    [
      issueKeys.all(envId),
      fingerprintKeys.all(envId),
      externalReferenceKeys.all(envId),
      ruleKeys.all(envId, 'grouping'),
    ].map((queryKey) => client.invalidateQueries({ queryKey })),
  );
}
