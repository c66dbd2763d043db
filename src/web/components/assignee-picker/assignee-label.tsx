import type { Assignee } from '../../../contract/assignee';
import type { AssigneeLookup } from '../../data/organization/assignee-names';
import { useAssigneeDirectory } from '../../data/organization/use-assignee-directory';
import { AssigneeIdentity } from './assignee-identity';
import './assignee-label.css';

export type AssigneeLabelProps = {
  assignee: Assignee | null;
  emptyText?: string;
};

export function AssigneeLabel(props: AssigneeLabelProps) {
  const { lookup } = useAssigneeDirectory();
  return <AssigneeLabelView {...props} lookup={lookup} />;
}

/** With the caller's lookup: a list of a thousand rows reads the directory once, not two queries per row. */
export function AssigneeLabelView({
  assignee,
  emptyText = 'Nobody',
  lookup,
}: AssigneeLabelProps & { lookup: AssigneeLookup }) {
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
