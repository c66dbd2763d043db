import { useMemo } from 'react';
import type { RuleKind, RuleOf } from '../../../../contract/rules';
import { useCreateRule } from '../../../data/rules/create-rule';
import { ruleKinds } from './rule-kinds';

/** Creates a copy of a rule at the end of its list (see `useCreateRule`), from the rule itself. */
export function useDuplicateRule<K extends RuleKind>(envId: number, kind: K) {
  const create = useCreateRule(envId, kind);
  const { mutate, mutateAsync } = create;
  const copy = ruleKinds[kind].duplicateInput;
  const duplicate = useMemo(
    () => ({
      mutate: (rule: RuleOf<K>, options?: Parameters<typeof mutate>[1]) => mutate(copy(rule), options),
      mutateAsync: (rule: RuleOf<K>, options?: Parameters<typeof mutateAsync>[1]) => mutateAsync(copy(rule), options),
    }),
    [mutate, mutateAsync, copy],
  );
  return { ...create, ...duplicate };
}
