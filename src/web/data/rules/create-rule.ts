import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ruleObjectSchema, ruleSchemas, type RuleKind, type RuleOf } from '../../../contract/rules';
import { api } from '../../lib/api-client';
import { rulesQueryOptions } from './get-rules';
import { placeNewRule, type Placement } from './place-new-rule';
import type { RuleListItem } from './rule-list-item';
import { markOwnWrite } from './own-list-writes';
import { invalidateRules, nextOrderKey } from './rule-resource';
import { ruleKeys, rulePath } from './keys';

/** The create body of each kind, from the contract: the editor's form validates with the same schema. */
export const createRuleInputSchemas = {
  assignment: ruleSchemas.assignment.create,
  grouping: ruleSchemas.grouping.create,
  suppression: ruleSchemas.suppression.create,
};
export type CreateRuleInput<K extends RuleKind> = z.input<(typeof createRuleInputSchemas)[K]>;

export function createRule<K extends RuleKind>(envId: number, kind: K, input: CreateRuleInput<K>): Promise<RuleOf<K>> {
  const body = createRuleInputSchemas[kind].parse(input);
  return api.post(rulePath(envId, kind), body, ruleObjectSchema(kind));
}

/** The new rule, and whether it runs where it was meant to (the end of the list). */
export type CreatedRule<K extends RuleKind> = { rule: RuleOf<K>; placement: Placement };

/**
 * The rules as the page shows them, or read now when they are not loaded. A list that cannot be read does not stop
 * the create: the rule then goes where the server puts it (no order is promised).
 */
async function loadedRules<K extends RuleKind>(
  client: QueryClient,
  envId: number,
  kind: K,
): Promise<RuleListItem<K>[] | undefined> {
  const options = rulesQueryOptions(envId, kind);
  const list = client.getQueryData(options.queryKey) ?? (await client.fetchQuery(options).catch(() => null));
  return list?.results;
}

/**
 * Creates `input` at the end of the list (its `order_key` past every other rule's), as PostHog's UI appends, then
 * makes sure it really runs there (see `placeNewRule`).
 */
export async function createRuleLast<K extends RuleKind>(
  client: QueryClient,
  envId: number,
  kind: K,
  input: CreateRuleInput<K>,
): Promise<CreatedRule<K>> {
  const others = await loadedRules(client, envId, kind);
  const orderKey = ('order_key' in input ? input.order_key : undefined) ?? nextOrderKey(others);
  const rule = await createRule(envId, kind, { ...input, order_key: orderKey });
  if (orderKey === undefined) return { rule, placement: { ok: true } };
  return { rule, placement: await placeNewRule(envId, kind, rule, orderKey, others ?? []) };
}

/** Creates a rule at the end of its list. Refreshes the kind's lists afterwards. */
export function useCreateRule<K extends RuleKind>(envId: number, kind: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRuleInput<K>) => createRuleLast(client, envId, kind, input),
    onSuccess: ({ rule }) => {
      client.setQueryData(ruleKeys.detail(envId, kind, rule.id), rule);
      // The list that comes back with the new rule last is this tab's own doing, not someone else's change.
      const shown = client.getQueryData(rulesQueryOptions(envId, kind).queryKey)?.results;
      if (shown) markOwnWrite([...shown.filter((other) => other.id !== rule.id), rule]);
    },
    onSettled: () => invalidateRules(client, envId, kind),
  });
}
