import { useMutation, useQueryClient } from '@tanstack/react-query';
import { issueUpdateInputSchema, type IssueUpdateInput } from '../../../../contract/issues';
import { api } from '../../../lib/api-client';
import { environmentPath } from '../../../lib/api-paths';
import { issuesPath } from '../../../lib/issues/issue-keys';
import { invalidateIssueData } from './invalidate-issue-data';

export { issueUpdateInputSchema };

export function updateIssue(envId: number, id: string, input: IssueUpdateInput) {
  return api.patch(environmentPath(envId, `${issuesPath}${id}/`), issueUpdateInputSchema.parse(input));
}

/** `PATCH …/issues/:id/` (status, name, description). */
export function useUpdateIssue(envId: number, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: IssueUpdateInput) => updateIssue(envId, id, input),
    onSettled: () => invalidateIssueData(client, envId),
  });
}
