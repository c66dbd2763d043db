import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { issueMergeInputSchema } from '../../../../contract/issues';
import { api } from '../../../lib/api-client';
import { environmentPath } from '../../../lib/api-paths';
import { issuesPath } from '../../../lib/issues/issue-keys';
import { invalidateIssueData } from './invalidate-issue-data';

export { issueMergeInputSchema };
export type IssueMergeInput = z.input<typeof issueMergeInputSchema>;

export function mergeIssues(envId: number, targetId: string, input: IssueMergeInput) {
  return api.post(environmentPath(envId, `${issuesPath}${targetId}/merge/`), issueMergeInputSchema.parse(input));
}

/** `POST …/issues/:id/merge/ {ids}`: the issues' fingerprints move into this one and the issues are gone. */
export function useMergeIssues(envId: number, targetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: IssueMergeInput) => mergeIssues(envId, targetId, input),
    onSettled: () => invalidateIssueData(client, envId),
  });
}
