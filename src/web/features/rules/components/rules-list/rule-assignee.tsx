import type { Assignee } from '../../../../../contract/assignee';
import { AssigneeLabelView } from '../../../../components/assignee-picker/assignee-label';
import { useRuleRowContext } from './rule-row-context';

/** A rule's assignee with avatar initials and name, looked up in the list's directory. */
export function RuleAssignee({ assignee }: { assignee: Assignee | null }) {
  const { lookup } = useRuleRowContext();
  return <AssigneeLabelView assignee={assignee} lookup={lookup} />;
}
