import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { issueSplitInputSchema, issueSplitResultSchema } from '../../../contract/issues';
import { api } from '../../lib/api-client';
import { environmentPath } from '../../lib/api-paths';
import { issuesPath } from './keys';
import { invalidateIssueData } from './invalidate-issue-data';
import { rereadIssue } from './reread-issue';
import { rereadSplitFingerprints } from './reread-split-fingerprints';

export { issueSplitInputSchema };
export type IssueSplitInput = z.input<typeof issueSplitInputSchema>;

export function splitIssue(envId: number, id: string, input: IssueSplitInput) {
  const path = environmentPath(envId, `${issuesPath}${id}/split/`);
  return api.post(path, issueSplitInputSchema.parse(input), issueSplitResultSchema);
}

export type SplitOutcome =
  | { outcome: 'split'; success: boolean; newIssueIds: string[] }
  /** Nothing was sent. */
  | { outcome: 'gone' }
  | { outcome: 'moved'; fingerprints: string[] };

/** Each listed fingerprint becomes a new issue; nothing is sent when one left the issue meanwhile. */
export function useSplitIssue(envId: number, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: IssueSplitInput): Promise<SplitOutcome> => {
      const chosen = input.fingerprints.map((entry) => entry.fingerprint);
      const [issue, moved] = await Promise.all([
        rereadIssue(client, envId, id),
        rereadSplitFingerprints(envId, id, chosen),
      ]);
      if (issue === null) return { outcome: 'gone' };
      if (moved.length > 0) return { outcome: 'moved', fingerprints: moved };
      const result = await splitIssue(envId, id, input);
      return { outcome: 'split', success: result.success, newIssueIds: result.new_issue_ids };
    },
    onSettled: () => invalidateIssueData(client, envId),
  });
}
