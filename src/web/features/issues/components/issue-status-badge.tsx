import type { IssueStatus } from '../../../../contract/issues';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { issueStatusLabels } from '../../../data/issues/issue-ref';

/** Active is the normal state of an issue, not a warning. */
const statusTones: Record<IssueStatus, BadgeTone> = {
  active: 'info',
  resolved: 'success',
  pending_release: 'info',
  suppressed: 'neutral',
  archived: 'neutral',
};

export function IssueStatusBadge({ status }: { status: IssueStatus }) {
  return (
    <Badge tone={statusTones[status]} className="issue-status">
      {issueStatusLabels[status]}
    </Badge>
  );
}
