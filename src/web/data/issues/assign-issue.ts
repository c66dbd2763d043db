import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Assignee } from '../../../contract/assignee';
import { issueAssignInputSchema, type IssueAssignInput } from '../../../contract/issues';
import { api } from '../../lib/api-client';
import { environmentPath } from '../../lib/api-paths';
import { issuesPath } from './keys';
import { sameAssignee } from './unseen-change';
import { invalidateIssueData } from './invalidate-issue-data';
import { writeUnlessChanged } from './write-unless-changed';

export { issueAssignInputSchema };

export function assignIssue(envId: number, id: string, input: IssueAssignInput) {
  return api.patch(environmentPath(envId, `${issuesPath}${id}/assign/`), issueAssignInputSchema.parse(input));
}

export type AssigneeChange = { assignee: Assignee | null; seen: Assignee | null };

export function useAssignIssue(envId: number, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ assignee, seen }: AssigneeChange) =>
      writeUnlessChanged<Assignee | null>(client, envId, id, {
        seen,
        wanted: assignee,
        read: (issue) => issue.assignee,
        same: sameAssignee,
        write: () => assignIssue(envId, id, { assignee }),
      }),
    onSettled: () => invalidateIssueData(client, envId),
  });
}
