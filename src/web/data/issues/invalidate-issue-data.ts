import type { QueryClient } from '@tanstack/react-query';
import { issueKeys } from './keys';
import { externalReferenceKeys } from '../external-references/keys';
import { fingerprintKeys } from '../fingerprints/keys';
import { ruleKeys } from '../rules/keys';

/** Fingerprints move on merge and split, references on merge, and a grouping rule's `issue` may now name another. */
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
