import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { issueMergeInputSchema } from '../../../contract/issues';
import { api } from '../../lib/api-client';
import { environmentPath } from '../../lib/api-paths';
import { issuesPath } from './keys';
import { mergeChanges, reviewNow, type MergeChange, type ReviewedIssue } from './merge-changes';
import { invalidateIssueData } from './invalidate-issue-data';
import { rereadForMerge } from './reread-for-merge';

export { issueMergeInputSchema };
export type IssueMergeInput = z.input<typeof issueMergeInputSchema>;

/** PostHog answers `success: false` when nothing was merged (none of the issues was there to merge any more). */
const mergeResultSchema = z.object({ success: z.boolean() });

export function mergeIssues(envId: number, targetId: string, input: IssueMergeInput) {
  const path = environmentPath(envId, `${issuesPath}${targetId}/merge/`);
  return api.post(path, issueMergeInputSchema.parse(input), mergeResultSchema);
}

export type MergeReview = { target: ReviewedIssue; issues: ReviewedIssue[] };

export type MergeOutcome =
  | { outcome: 'merged'; success: boolean }
  /** Nothing was sent. */
  | { outcome: 'changed'; changes: MergeChange[]; issues: ReviewedIssue[] };

/**
 * A merge cannot be undone and PostHog has no versions, so every issue is read again first; when one is gone, renamed
 * or holds other fingerprints than the review said, nothing is sent.
 */
export function useMergeIssues(envId: number, targetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ target, issues }: MergeReview): Promise<MergeOutcome> => {
      const reviewed = [target, ...issues];
      const reread = await rereadForMerge(client, envId, reviewed);
      const changes = mergeChanges(reviewed, reread);
      if (changes.length > 0) {
        return { outcome: 'changed', changes, issues: reviewNow(issues, reread.slice(1)) };
      }
      const result = await mergeIssues(envId, targetId, { ids: issues.map((issue) => issue.id) });
      return { outcome: 'merged', success: result.success };
    },
    onSettled: () => invalidateIssueData(client, envId),
  });
}
