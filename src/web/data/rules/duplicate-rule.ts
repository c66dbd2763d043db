import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignmentRule, GroupingRule, Rule, RuleKind, RuleOf, SuppressionRule } from '../../../contract/rules';
import { createRuleLast, type CreateRuleInput } from './create-rule';
import { invalidateRules } from './rule-resource';
import { ruleKeys } from './keys';

/** The create body that copies a rule (not its id, times or disabled state) to position `orderKey`. */
export function duplicateInput<K extends RuleKind>(kind: K, rule: RuleOf<K>, orderKey?: number): CreateRuleInput<K> {
  const source: Rule = rule;
  const base = { filters: source.filters, order_key: orderKey };
  const input =
    kind === 'assignment'
      ? { ...base, assignee: (source as AssignmentRule).assignee }
      : kind === 'grouping'
        ? { ...base, assignee: (source as GroupingRule).assignee, description: (source as GroupingRule).description }
        : { ...base, sampling_rate: (source as SuppressionRule).sampling_rate };
  return input as CreateRuleInput<K>;
}

/** Duplicates a rule to the end of its list, as PostHog's UI appends (see `createRuleLast`). */
export function useDuplicateRule<K extends RuleKind>(envId: number, kind: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rule: RuleOf<K>) => createRuleLast(client, envId, kind, duplicateInput(kind, rule)),
    onSuccess: ({ rule }) => client.setQueryData(ruleKeys.detail(envId, kind, rule.id), rule),
    onSettled: () => invalidateRules(client, envId, kind),
  });
}
