import type { IssueStatus } from '../../../../contract/issues';
import { issueStatusLabels } from '../../../data/issues/issue-ref';

/** The word carries the meaning; the colour only helps. */
export function IssueStatusBadge({ status }: { status: IssueStatus }) {
  return <span className={`status status--${status}`}>{issueStatusLabels[status]}</span>;
}
