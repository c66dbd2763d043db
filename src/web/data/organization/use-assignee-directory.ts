import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Member, Role } from '../../../contract/organization';
import { ApiError, describeError, refusesProjectScopedKey } from '../../lib/api-error';
import { createAssigneeLookup, type AssigneeLookup } from './assignee-names';
import { useMembers } from './get-members';
import { useRoles } from './get-roles';

export type DirectoryList<T> = {
  status: 'loading' | 'ready' | 'unavailable';
  items: T[];
  reason: string | null;
};

export type AssigneeDirectory = { members: DirectoryList<Member>; roles: DirectoryList<Role>; lookup: AssigneeLookup };

function listOf<T>(query: UseQueryResult<T[]>, what: string, scope: string): DirectoryList<T> {
  if (query.data !== undefined) return { status: 'ready', items: query.data, reason: null };
  if (query.isPending && !query.isError) return { status: 'loading', items: [], reason: null };
  return { status: 'unavailable', items: [], reason: unavailableReason(query.error, what, scope) };
}

/** A key limited to specific projects is told so, not that it lacks a scope. */
function unavailableReason(error: unknown, what: string, scope: string): string {
  if (refusesProjectScopedKey(error)) {
    return `${what} can’t be listed: this API key is limited to specific projects, and assignee names need a key with access to all projects or the organization. Assignees show as ids.`;
  }
  if (error instanceof ApiError && error.status === 403 && /missing required scope/.test(error.detail)) {
    return `${what} can’t be listed: this API key lacks the ${scope} scope.`;
  }
  return `${what} can’t be listed: ${describeError(error)}`;
}

export function useAssigneeDirectory(): AssigneeDirectory {
  const membersQuery = useMembers();
  const rolesQuery = useRoles();
  const members = listOf(membersQuery, 'Members', 'organization_member:read');
  const roles = listOf(rolesQuery, 'Roles', 'organization:read');
  const lookup = useMemo(
    () => createAssigneeLookup(membersQuery.data, rolesQuery.data),
    [membersQuery.data, rolesQuery.data],
  );
  return { members, roles, lookup };
}
