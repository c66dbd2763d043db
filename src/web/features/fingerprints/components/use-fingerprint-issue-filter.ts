import { useQuery } from '@tanstack/react-query';
import { uuidSchema } from '../../../../contract/common';
import { useCurrentEnvironment } from '../../../lib/environments/current-environment';
import { issueQueryOptions } from '../../../data/issues/get-issue';
import type { IssueRef } from '../../../data/issues/issue-ref';

export function useFingerprintIssueFilter(param: string | null): {
  issueId: string | undefined;
  issue: IssueRef | null;
} {
  const environment = useCurrentEnvironment();
  const parsed = uuidSchema.safeParse(param);
  const issueId = parsed.success ? parsed.data : undefined;
  const issue = useQuery({ ...issueQueryOptions(environment.id, issueId ?? ''), enabled: issueId !== undefined });
  if (issueId === undefined) return { issueId, issue: null };
  const { name = null, description = null, first_seen = null } = issue.data ?? {};
  return { issueId, issue: { id: issueId, name, description, first_seen } };
}
