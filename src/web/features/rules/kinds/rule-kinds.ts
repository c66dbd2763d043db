import type { RuleKind, RuleOf } from '../../../../contract/rules';
import { assignmentRuleKind } from './assignment-rule-kind';
import { groupingRuleKind } from './grouping-rule-kind';
import type { RuleKindRegistry } from './rule-kind-descriptor';
import type { RuleFormValues } from './rule-form-values';
import { suppressionRuleKind } from './suppression-rule-kind';

export const ruleKinds: RuleKindRegistry = {
  assignment: assignmentRuleKind,
  grouping: groupingRuleKind,
  suppression: suppressionRuleKind,
};

export function ruleKindOfPath(path: string | undefined): RuleKind | null {
  return Object.values(ruleKinds).find((descriptor) => descriptor.path === path)?.kind ?? null;
}

/** The form's values for `rule` of `kind` (a new rule's when null). */
export const ruleFormValues = <K extends RuleKind>(kind: K, rule: RuleOf<K> | null): RuleFormValues =>
  ruleKinds[kind].formValues(rule);
