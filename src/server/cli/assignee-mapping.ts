import type { Assignee } from '../../contract/assignee';
import type { AssigneeDirectory } from '../../rule-plans';
import { UsageError } from './cli-support';

/** FROM as a mapping key: an email, role:NAME, user#ID or role#ID, matched without regard to case. */
function fromKey(from: string): string {
  const text = from.trim().toLowerCase();
  if (/^(user|role)#/.test(text) || text.startsWith('role:') || text.startsWith('user:')) return text;
  if (text.includes('@')) return `user:${text}`;
  throw new UsageError(`--map ${from}=…: name who to map by email, role:NAME or user#ID.`);
}

function toAssignee(to: string, directory: AssigneeDirectory): Assignee | null {
  const text = to.trim();
  if (text.toLowerCase() === 'none') return null;
  if (text.toLowerCase().startsWith('role:')) {
    const name = text.slice(5).trim().toLowerCase();
    const role = directory.roles.find((candidate) => candidate.name.toLowerCase() === name);
    if (!role) throw new UsageError(`--map …=${to}: no role of that name here.`);
    return { type: 'role', id: role.id };
  }
  const member = directory.members.find(({ user }) => user.email.toLowerCase() === text.toLowerCase());
  if (!member) throw new UsageError(`--map …=${to}: nobody with that email here (or use role:NAME, or none).`);
  return { type: 'user', id: member.user.id };
}

/** `--map FROM=TO` options, as fromRulesDocument's mapping. */
export function parseAssigneeMapping(maps: string[], directory: AssigneeDirectory): Map<string, Assignee | null> {
  const mapping = new Map<string, Assignee | null>();
  for (const map of maps) {
    const at = map.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map takes FROM=TO, got: ${map}.`);
    mapping.set(fromKey(map.slice(0, at)), toAssignee(map.slice(at + 1), directory));
  }
  return mapping;
}
