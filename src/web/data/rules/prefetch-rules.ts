import type { QueryClient } from '@tanstack/react-query';
import type { RuleKind } from '../../../contract/rules';
import { membersQueryOptions } from '../organization/get-members';
import { rolesQueryOptions } from '../organization/get-roles';
import { rulesQueryOptions } from './get-rules';

/** What a rules page asks for first: its list and, for kinds with assignees, the members and roles they name. */
export function prefetchRules(client: QueryClient, envId: number, kind: RuleKind): Promise<unknown> {
  const list = client.prefetchQuery(rulesQueryOptions(envId, kind));
  if (kind === 'suppression') return list;
  return Promise.all([list, client.prefetchQuery(membersQueryOptions()), client.prefetchQuery(rolesQueryOptions())]);
}
