import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  issueUpdateInputSchema,
  type IssueStatus,
  type IssueUpdateInput,
  type WritableIssueStatus,
} from '../../../contract/issues';
import { api } from '../../lib/api-client';
import { environmentPath } from '../../lib/api-paths';
import { issuesPath } from './keys';
import { invalidateIssueData } from './invalidate-issue-data';
import { writeUnlessChanged } from './write-unless-changed';

export { issueUpdateInputSchema };

export function updateIssue(envId: number, id: string, input: IssueUpdateInput) {
  return api.patch(environmentPath(envId, `${issuesPath}${id}/`), issueUpdateInputSchema.parse(input));
}

export type StatusChange = { status: WritableIssueStatus; seen: IssueStatus };

export function useUpdateIssueStatus(envId: number, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ status, seen }: StatusChange) =>
      writeUnlessChanged<IssueStatus>(client, envId, id, {
        seen,
        wanted: status,
        read: (issue) => issue.status,
        write: () => updateIssue(envId, id, { status }),
      }),
    onSettled: () => invalidateIssueData(client, envId),
  });
}
