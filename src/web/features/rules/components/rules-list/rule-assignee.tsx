import { useContext } from 'react';
import type { Assignee } from '../../../../../contract/assignee';
import { AssigneeLabelView } from '../../../../components/assignee-picker/assignee-label';
import { AssigneeLookupContext } from './rule-row-context';

/** A rule's assignee with avatar initials and name, looked up in the list's directory. */
export function RuleAssignee({ assignee }: { assignee: Assignee | null }) {
  const lookup = useContext(AssigneeLookupContext);
  return <AssigneeLabelView assignee={assignee} lookup={lookup} />;
}
