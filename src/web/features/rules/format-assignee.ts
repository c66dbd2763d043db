import type { Assignee } from '../../../contract/assignee';

/** Names arrive with the members and roles lists; until then ids tell rules apart. */
export function describeAssignee(assignee: Assignee | null): string {
  if (assignee === null) return 'nobody';
  return assignee.type === 'user' ? `user #${assignee.id}` : `role ${assignee.id}`;
}
