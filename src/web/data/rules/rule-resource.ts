import type { QueryClient } from '@tanstack/react-query';
import type { RuleKind } from '../../../contract/rules';
import { ruleHistoryKeys } from '../rule-history/keys';
import { ruleStatsKeys } from '../rule-stats/keys';
import { ruleKeys } from './keys';

/**
 * Marks every list and detail of the kind stale, the rules' statistics and their history. While reorders of the kind are still
 * being saved, nothing is refetched: an answer from before the last reorder would put the old order back on screen.
 * The reorder queue refetches once it is idle.
 */
export function invalidateRules(client: QueryClient, envId: number, kind: RuleKind): Promise<void> {
  const reordering = client.isMutating({ mutationKey: ruleKeys.reorder(envId, kind) }) > 0;
  const refetchType = reordering ? 'none' : 'active';
  // Every kind's statistics: grouping decides what suppression and assignment rules see.
  void client.invalidateQueries({ queryKey: ruleStatsKeys.all(envId), refetchType });
  void client.invalidateQueries({ queryKey: ruleHistoryKeys.all(envId), refetchType });
  return client.invalidateQueries({ queryKey: ruleKeys.all(envId, kind), refetchType });
}

/** The order_key that puts a new rule last: the count, as PostHog's UI writes it, or past the largest key. */
export function nextOrderKey(rules: readonly { order_key: number }[] | undefined): number | undefined {
  if (rules === undefined) return undefined;
  return rules.reduce((next, rule) => Math.max(next, rule.order_key + 1), rules.length);
}
