import type { Rule, RuleKind, RuleOf } from '../../../contract/rules';
import type { EngineRuleBase, EngineRules } from '../../../rule-engine';

/** What the engine reads of a rule; the rest (times, descriptions) changes no decision. */
function engineBase(rule: Rule): EngineRuleBase {
  return {
    id: rule.id,
    order_key: rule.order_key,
    filters: rule.filters,
    disabled_data: rule.disabled_data === null ? null : { message: rule.disabled_data.message },
  };
}

export type ContractRules = { [K in RuleKind]: RuleOf<K>[] };

/** The rules as the engine takes them, each kind in evaluation order (`sortRules`, as the lists show them). */
export function engineRules(rules: ContractRules): EngineRules {
  return {
    grouping: rules.grouping.map((rule) => ({ ...engineBase(rule), assignee: rule.assignee })),
    suppression: rules.suppression.map((rule) => ({ ...engineBase(rule), sampling_rate: rule.sampling_rate ?? 1 })),
    assignment: rules.assignment.map((rule) => ({ ...engineBase(rule), assignee: rule.assignee })),
  };
}
