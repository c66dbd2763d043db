import { useCallback, useMemo } from 'react';
import { assigneeSchema } from '../../../../../contract/assignee';
import type { RuleKind } from '../../../../../contract/rules';
import type { EngineAssignee } from '../../../../../rule-engine/types';
import { fallbackAssigneeName } from '../../../../data/organization/assignee-names';
import { useAssigneeDirectory } from '../../../../data/organization/use-assignee-directory';
import { useRules } from '../../../../data/rules/get-rules';
import type { Outcome } from '../../../../lib/rule-outcomes/outcome';
import { newRuleId } from '../../../../lib/rule-outcomes/rule-lists';
import { ruleName } from '../../kinds/rule-name';

export type OutcomeLabels = {
  rule: (ruleId: string) => string;
  outcome: (outcome: Outcome) => string;
  /** "assigned to Priya Raman → Backend", "grouped by “A” → “B”", "kept → dropped by “A”". */
  transition: (from: Outcome, to: Outcome) => string;
};

/** How outcomes read: rules by their names (the one being edited is "this rule"), assignees by theirs. */
export function useOutcomeLabels(envId: number, kind: RuleKind, editedId: string | null = null): OutcomeLabels {
  const rules = useRules(envId, kind).data?.results;
  const { lookup } = useAssigneeDirectory();
  const rule = useCallback(
    (ruleId: string) => {
      if (ruleId === newRuleId || ruleId === editedId) return 'this rule';
      const found = rules?.find((each) => each.id === ruleId);
      return found ? ruleName(kind, found, lookup) : 'a rule no longer listed';
    },
    [rules, kind, lookup, editedId],
  );
  const assignee = useCallback(
    (value: EngineAssignee) => {
      const read = assigneeSchema.safeParse(value);
      if (!read.success) return `${value.type} ${String(value.id)}`;
      return lookup(read.data)?.name ?? fallbackAssigneeName(read.data);
    },
    [lookup],
  );
  return useMemo(() => {
    const outcome = (value: Outcome): string => {
      switch (value.type) {
        case 'kept':
          return 'kept';
        case 'dropped':
          return `dropped by ${rule(value.ruleId)}`;
        case 'own-fingerprint':
          return 'its own fingerprint';
        case 'sdk-fingerprint':
          return 'the SDK’s fingerprint';
        case 'grouped':
          return rule(value.ruleId);
        case 'unassigned':
          return 'nobody';
        case 'assigned':
          return assignee(value.assignee);
      }
    };
    const verb = kind === 'assignment' ? 'assigned to ' : kind === 'grouping' ? 'grouped by ' : '';
    return { rule, outcome, transition: (from, to) => `${verb}${outcome(from)} → ${outcome(to)}` };
  }, [rule, assignee, kind]);
}
