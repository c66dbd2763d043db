import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ruleResourcePaths, ruleSchemas, type RuleKind, type RuleOf } from '../../../contract/rules';
import { environmentPath } from '../../lib/api-paths';
import { queryKeys } from '../query-keys';

/** Query keys of one kind of rule: `all` covers its list and every detail. */
export const ruleKeys = {
  all: (envId: number, kind: RuleKind) => queryKeys.resource(envId, ruleResourcePaths[kind]),
  list: (envId: number, kind: RuleKind) => queryKeys.list(envId, ruleResourcePaths[kind]),
  detail: (envId: number, kind: RuleKind, id: string) => queryKeys.detail(envId, ruleResourcePaths[kind], id),
  reorder: (envId: number, kind: RuleKind) =>
    [...queryKeys.resource(envId, ruleResourcePaths[kind]), 'reorder'] as const,
};

/** `/api/projects/:envId/error_tracking/<kind>_rules/<rest>` */
export function rulePath(envId: number, kind: RuleKind, rest = ''): string {
  return environmentPath(envId, `error_tracking/${ruleResourcePaths[kind]}/${rest}`);
}

/** The contract's schema of one rule of kind K (TypeScript cannot narrow `ruleSchemas[kind]` by itself). */
export const ruleObjectSchema = <K extends RuleKind>(kind: K) =>
  ruleSchemas[kind].object as unknown as z.ZodType<RuleOf<K>>;

/**
 * Marks every list and detail of the kind stale. While reorders of the kind are still being saved, nothing is
 * refetched: an answer from before the last reorder would put the old order back on screen. The reorder queue
 * refetches once it is idle.
 */
export function invalidateRules(client: QueryClient, envId: number, kind: RuleKind): Promise<void> {
  const reordering = client.isMutating({ mutationKey: ruleKeys.reorder(envId, kind) }) > 0;
  return client.invalidateQueries({ queryKey: ruleKeys.all(envId, kind), refetchType: reordering ? 'none' : 'active' });
}

/** The order_key that puts a new rule last: the count, as PostHog's UI writes it, or past the largest key. */
export function nextOrderKey(rules: readonly { order_key: number }[] | undefined): number | undefined {
  if (rules === undefined) return undefined;
  return rules.reduce((next, rule) => Math.max(next, rule.order_key + 1), rules.length);
}
