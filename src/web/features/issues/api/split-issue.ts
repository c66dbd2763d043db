import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { issueSplitInputSchema, issueSplitResultSchema } from '../../../../contract/issues';
import { api } from '../../../lib/api-client';
import { environmentPath } from '../../../lib/api-paths';
import { issuesPath } from '../../../lib/issues/issue-keys';
import { invalidateIssueData } from './invalidate-issue-data';

export { issueSplitInputSchema };
export type IssueSplitInput = z.input<typeof issueSplitInputSchema>;

export function splitIssue(envId: number, id: string, input: IssueSplitInput) {
  const path = environmentPath(envId, `${issuesPath}${id}/split/`);
  return api.post(path, issueSplitInputSchema.parse(input), issueSplitResultSchema);
}

/** `POST …/issues/:id/split/`: each listed fingerprint becomes a new issue; answers the new issues' ids. */
export function useSplitIssue(envId: number, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: IssueSplitInput) => splitIssue(envId, id, input),
    onSettled: () => invalidateIssueData(client, envId),
  });
}
