import type { QueryClient } from '@tanstack/react-query';
import { fingerprintCountQueryOptions, getFingerprints } from '../fingerprints/get-fingerprints';
import type { RereadIssue, ReviewedIssue } from './merge-changes';
import { rereadIssue } from './reread-issue';

async function countFingerprints(client: QueryClient, envId: number, issueId: string): Promise<number> {
  const { count } = await getFingerprints(envId, { issue_id: issueId, limit: 1, offset: 0 });
  client.setQueryData(fingerprintCountQueryOptions(envId, issueId).queryKey, count);
  return count;
}

export function rereadForMerge(
  client: QueryClient,
  envId: number,
  reviewed: readonly ReviewedIssue[],
): Promise<RereadIssue[]> {
  return Promise.all(
    reviewed.map(async (issue) => {
      const [now, fingerprints] = await Promise.all([
        rereadIssue(client, envId, issue.id),
        issue.fingerprints === undefined ? 0 : countFingerprints(client, envId, issue.id),
      ]);
      return now && { name: now.name, fingerprints };
    }),
  );
}
