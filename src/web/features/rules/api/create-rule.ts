import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ruleSchemas, type RuleKind, type RuleOf } from '../../../../contract/rules';
import { api } from '../../../lib/api-client';
import { rulesQueryOptions } from './get-rules';
import { invalidateRules, nextOrderKey, ruleKeys, ruleObjectSchema, rulePath } from './rule-resource';

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

/**
 * Creates a rule. Without an `order_key` it goes last (the server's default, 0, would put it first), as
 * PostHog's UI does. Refreshes the kind's lists afterwards.
 */
export function useCreateRule<K extends RuleKind>(envId: number, kind: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRuleInput<K>) => {
      const rules = client.getQueryData(rulesQueryOptions(envId, kind).queryKey)?.results;
      return createRule(envId, kind, { ...input, order_key: input.order_key ?? nextOrderKey(rules) });
    },
    onSuccess: (rule) => client.setQueryData(ruleKeys.detail(envId, kind, rule.id), rule),
    onSettled: () => invalidateRules(client, envId, kind),
  });
}
