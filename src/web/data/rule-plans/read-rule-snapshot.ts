import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { RuleSnapshot } from '../../../contract/rule-history';
import type { RuleKind } from '../../../contract/rules';
import { queryKeys } from '../query-keys';
import { rulesQueryOptions } from '../rules/get-rules';
import { readableRules } from '../rules/rule-list-item';

export type CurrentRules = {
  snapshot: RuleSnapshot;
  /** Records the dashboard cannot read: a plan leaves them where they are. */
  unreadable: number;
};

/** The environment's three lists as the server holds them now (read afresh: a plan must start from the truth). */
export async function readRuleSnapshot(client: QueryClient, envId: number): Promise<CurrentRules> {
  const read = <K extends RuleKind>(kind: K) => client.fetchQuery({ ...rulesQueryOptions(envId, kind), staleTime: 0 });
  const [assignment, grouping, suppression] = await Promise.all([
    read('assignment'),
    read('grouping'),
    read('suppression'),
  ]);
  const lists = [assignment, grouping, suppression];
  return {
    snapshot: {
      assignment: readableRules(assignment.results),
      grouping: readableRules(grouping.results),
      suppression: readableRules(suppression.results),
    },
    unreadable: lists.reduce((sum, list) => sum + list.results.length - readableRules(list.results).length, 0),
  };
}

/**
 * The rules now, read once per plan (`readId`): not refreshed while the plan is looked at, since the plan shown is
 * the plan applied, and forgotten once nothing shows it.
 */
export function useCurrentRules(envId: number, readId: number) {
  return useQuery({
    queryKey: [...queryKeys.environment(envId), 'rule-plans', 'current', readId],
    queryFn: ({ client }) => readRuleSnapshot(client, envId),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}
