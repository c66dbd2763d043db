import { issueTitle } from '../../../../data/issues/issue-ref';
import type { IssueRow } from '../../../../data/issues/issue-row';
import { shortId } from '../../../../lib/short-id';

/** How a re-applied issue is named in labels and reports: its title and short id (names repeat). */
export const issueNameOf = (issue: Pick<IssueRow, 'id' | 'name'>) =>
  `${issueTitle({ name: issue.name ?? null })} (${shortId(issue.id)})`;
