import type { Assignee } from '../contract/assignee';
import type { Member, Role } from '../contract/organization';
import type { DocumentAssignee } from '../contract/rules-document';

/** The organization's people and roles, to name assignees by email and role name. */
export type AssigneeDirectory = {
  members: readonly Pick<Member, 'user'>[];
  roles: readonly Pick<Role, 'id' | 'name'>[];
};

const folded = (text: string) => text.trim().toLowerCase();

export function documentAssignee(assignee: Assignee, directory: AssigneeDirectory): DocumentAssignee {
  if (assignee.type === 'user') {
    const member = directory.members.find(({ user }) => user.id === assignee.id);
    return member ? { type: 'user', email: member.user.email } : { type: 'user', id: assignee.id };
  }
  const role = directory.roles.find(({ id }) => id === assignee.id);
  return role ? { type: 'role', name: role.name } : { type: 'role', id: assignee.id };
}

/** The assignee a document names, in this organization; null when nobody here matches. */
export function resolveAssignee(assignee: DocumentAssignee, directory: AssigneeDirectory): Assignee | null {
  if (assignee.type === 'user') {
    const member = directory.members.find(({ user }) =>
      assignee.email === undefined ? user.id === assignee.id : folded(user.email) === folded(assignee.email),
    );
    return member ? { type: 'user', id: member.user.id } : null;
  }
  const role = directory.roles.find(({ id, name }) =>
    assignee.name === undefined ? id === assignee.id : folded(name) === folded(assignee.name),
  );
  return role ? { type: 'role', id: role.id } : null;
}

/** How a mapping names a document's assignee: `user:ada@example.com`, `role:Support`, or `user#12` without a name. */
export function documentAssigneeKey(assignee: DocumentAssignee): string {
  if (assignee.type === 'user')
    return assignee.email === undefined ? `user#${assignee.id}` : `user:${folded(assignee.email)}`;
  return assignee.name === undefined ? `role#${folded(assignee.id ?? '')}` : `role:${folded(assignee.name)}`;
}
