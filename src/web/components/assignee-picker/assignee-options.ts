import type { Assignee } from '../../../contract/assignee';
import type { Member, Role } from '../../../contract/organization';
import { memberName } from '../../data/organization/assignee-names';
import type { ComboboxOption } from '../ui/combobox';

export const assigneeKey = (assignee: Assignee) => `${assignee.type}:${assignee.id}`;

/** Members, then roles, as the pickers offer them: members findable by email too. */
export function assigneeOptions(members: Member[], roles: Role[]): ComboboxOption<Assignee>[] {
  return [
    ...members.map((member) => ({
      key: assigneeKey({ type: 'user', id: member.user.id }),
      value: { type: 'user', id: member.user.id } as const,
      label: memberName(member),
      keywords: [member.user.email],
      group: 'Members',
    })),
    ...roles.map((role) => ({
      key: assigneeKey({ type: 'role', id: role.id }),
      value: { type: 'role', id: role.id } as const,
      label: role.name,
      group: 'Roles',
    })),
  ];
}
