import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ruleSchemas, type RuleKind } from '../../../contract/rules';
import { api } from '../../lib/api-client';
import { invalidateRules } from './rule-resource';
import { rulePath } from './keys';

/**
 * The update body of each kind, from the contract. Grouping rules take filters only: the newest PostHog ignores
 * assignee and description on update, so the schema drops them rather than pretend to save them.
 */
export const updateRuleInputSchemas = {
  assignment: ruleSchemas.assignment.update,
  grouping: ruleSchemas.grouping.update,
  suppression: ruleSchemas.suppression.update,
};
export type UpdateRuleInput<K extends RuleKind> = z.input<(typeof updateRuleInputSchemas)[K]>;
export type UpdateRuleVariables<K extends RuleKind> = { id: string; input: UpdateRuleInput<K> };

/** PATCH answers 204 with no body; a successful save also clears the rule's `disabled_data` ("re-enables" it). */
export async function updateRule<K extends RuleKind>(
  envId: number,
  kind: K,
  id: string,
  input: UpdateRuleInput<K>,
): Promise<void> {
  await api.patch(rulePath(envId, kind, `${id}/`), updateRuleInputSchemas[kind].parse(input));
}

/** Saves a rule, then refreshes the kind's lists and the rule's detail. */
export function useUpdateRule<K extends RuleKind>(envId: number, kind: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: UpdateRuleVariables<K>) => updateRule(envId, kind, id, input),
    onSettled: () => invalidateRules(client, envId, kind),
  });
}
