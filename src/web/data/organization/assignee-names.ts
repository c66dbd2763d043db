import type { Assignee } from '../../../contract/assignee';
import type { Member, Role } from '../../../contract/organization';
import { countOf } from '../../lib/format';
import { initialsOf } from '../../lib/initials';

/** `known` is false when only the id is (lists unreadable, or the assignee since removed). */
export type AssigneeDisplay = {
  name: string;
  kind: 'user' | 'role';
  initials: string;
  detail: string | null;
  known: boolean;
};

export type AssigneeLookup = (assignee: Assignee | null) => AssigneeDisplay | null;

export function memberName(member: Member): string {
  return `${member.user.first_name} ${member.user.last_name}`.trim() || member.user.email;
}

export function fallbackAssigneeName(assignee: Assignee): string {
  return assignee.type === 'user' ? `User #${assignee.id}` : `Role ${assignee.id.slice(0, 8)}…`;
}

export function roleDetail(role: Role): string {
  return countOf(role.members.length, 'member');
}

// Every list row asks for a lookup; the maps are built once per fetched list, not once per row.
const memberMaps = new WeakMap<Member[], Map<number, Member>>();
const roleMaps = new WeakMap<Role[], Map<string, Role>>();

function mapOf<T, K>(cache: WeakMap<T[], Map<K, T>>, list: T[], keyOf: (item: T) => K): Map<K, T> {
  let map = cache.get(list);
  if (!map) {
    map = new Map(list.map((item) => [keyOf(item), item]));
    cache.set(list, map);
  }
  return map;
}

export function createAssigneeLookup(members: Member[] = [], roles: Role[] = []): AssigneeLookup {
  const byUserId = mapOf(memberMaps, members, (member) => member.user.id);
  const byRoleId = mapOf(roleMaps, roles, (role) => role.id);
  return (assignee) => {
    if (assignee === null) return null;
    const member = assignee.type === 'user' ? byUserId.get(assignee.id) : undefined;
    const role = assignee.type === 'role' ? byRoleId.get(assignee.id) : undefined;
    const name = member ? memberName(member) : role ? role.name : fallbackAssigneeName(assignee);
    return {
      name,
      kind: assignee.type,
      initials: member || role ? initialsOf(name) : '?',
      detail: member ? member.user.email : role ? roleDetail(role) : null,
      known: Boolean(member ?? role),
    };
  };
}
