import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { issueMergeInputSchema } from '../../../../contract/issues';
import { api } from '../../../lib/api-client';
import { environmentPath } from '../../../lib/api-paths';
import { issuesPath } from '../../../lib/issues/issue-keys';
import { invalidateIssueData } from './invalidate-issue-data';

export { issueMergeInputSchema };
export type IssueMergeInput = z.input<typeof issueMergeInputSchema>;

/** PostHog answers `success: false` when nothing was merged (none of the issues was there to merge any more). */
const mergeResultSchema = z.object({ success: z.boolean() });

export function mergeIssues(envId: number, targetId: string, input: IssueMergeInput) {
  const path = environmentPath(envId, `${issuesPath}${targetId}/merge/`);
  return api.post(path, issueMergeInputSchema.parse(input), mergeResultSchema);
}

/** `POST …/issues/:id/merge/ {ids}`: the issues' fingerprints move into this one and the issues are gone. */
export function useMergeIssues(envId: number, targetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: IssueMergeInput) => mergeIssues(envId, targetId, input),
    onSettled: () => invalidateIssueData(client, envId),
  });
}
