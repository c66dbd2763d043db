import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ruleSchemas, type RuleKind, type RuleOf } from '../../../contract/rules';
import { ruleKeys } from './keys';

/** Typed per kind, so that `objectSchemas[kind]` reads rules of that very kind. */
const objectSchemas: { [K in RuleKind]: z.ZodType<RuleOf<K>> } = {
  assignment: ruleSchemas.assignment.object,
  grouping: ruleSchemas.grouping.object,
  suppression: ruleSchemas.suppression.object,
};

/** The contract's schema of one rule of kind K. */
export const ruleObjectSchema = <K extends RuleKind>(kind: K): z.ZodType<RuleOf<K>> => objectSchemas[kind];

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
