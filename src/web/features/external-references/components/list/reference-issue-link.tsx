import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { issueQueryOptions } from '../../../../data/issues/get-issue';
import { issuePagePath, issueTitle } from '../../../../data/issues/issue-ref';

/**
 * The issue a reference belongs to, by name once its detail has loaded (one cached request per issue), by id until
 * then or when it cannot be read. Shown only by servers that send `issue` (older PostHog); a row without it among
 * them says so.
 */
export function ReferenceIssueLink({ envId, issueId }: { envId: number; issueId: string | undefined }) {
  const issue = useQuery({
    ...issueQueryOptions(envId, issueId ?? ''),
    enabled: issueId !== undefined,
    staleTime: 5 * 60_000,
    retry: false,
  });
  if (issueId === undefined) return <span className="muted">Not given</span>;
  return (
    <Link to={issuePagePath(envId, issueId)} className="reference-issue">
      {issue.data ? issueTitle(issue.data) : <span className="reference-issue__id">{issueId}</span>}
    </Link>
  );
}
