import type { Assignee } from '../../../contract/assignee';
import { useAssigneeDirectory } from '../../lib/organization/use-assignee-directory';
import { AssigneeIdentity } from './assignee-identity';

export type AssigneeLabelProps = {
  assignee: Assignee | null;
  /** Said when there is no assignee (default "Nobody"). */
  emptyText?: string;
};

/** An assignee for list rows: avatar initials and name, or "User #12" / "Role 1a2b…" when names cannot be read. */
export function AssigneeLabel({ assignee, emptyText = 'Nobody' }: AssigneeLabelProps) {
  const { lookup } = useAssigneeDirectory();
  const display = lookup(assignee);
  if (assignee === null || display === null) return <span className="assignee-label--nobody">{emptyText}</span>;
  return (
    <span
      className="assignee-label"
      title={display.known ? (display.detail ?? undefined) : `${assignee.type} id ${assignee.id}`}
    >
      <AssigneeIdentity display={display} seed={`${assignee.type}:${assignee.id}`} />
    </span>
  );
}
