import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Assignee } from '../../../../contract/assignee';
import { issueAssignInputSchema, type IssueAssignInput } from '../../../../contract/issues';
import { api } from '../../../lib/api-client';
import { environmentPath } from '../../../lib/api-paths';
import { issuesPath } from '../../../lib/issues/issue-keys';
import { invalidateIssueData } from './invalidate-issue-data';

export { issueAssignInputSchema };

export function assignIssue(envId: number, id: string, input: IssueAssignInput) {
  return api.patch(environmentPath(envId, `${issuesPath}${id}/assign/`), issueAssignInputSchema.parse(input));
}

/** `PATCH …/issues/:id/assign/` with a user, a role, or null to unassign. */
export function useAssignIssue(envId: number, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (assignee: Assignee | null) => assignIssue(envId, id, { assignee }),
    onSettled: () => invalidateIssueData(client, envId),
  });
}
