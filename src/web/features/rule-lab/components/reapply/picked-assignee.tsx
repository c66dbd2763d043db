import { AssigneeLabelView } from '../../../../components/assignee-picker/assignee-label';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import type { Proposal } from './propose-assignee';

/** Today's pick: someone, nobody, or nothing to evaluate (the Change column says what that means for the issue). */
export function PickedAssignee({ proposal, lookup }: { proposal: Proposal | null; lookup: AssigneeLookup }) {
  if (proposal === null) return <span className="muted">No stored exception</span>;
  return <AssigneeLabelView assignee={proposal.assignee} lookup={lookup} />;
}
