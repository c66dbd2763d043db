import type {
  EngineAssignmentRule,
  EngineRuleBase,
  EngineRuleKind,
  EngineRules,
  EngineSuppressionRule,
} from '../../../rule-engine/types';

/** A rule as the editor has it, whatever its kind: every list takes it. */
export type CandidateRule = EngineSuppressionRule & EngineAssignmentRule;

/** The id a rule not saved yet goes by. */
export const newRuleId = 'new-rule';

type ListChange = <R extends EngineRuleBase>(list: readonly R[]) => (R | CandidateRule)[];

function changeList(rules: EngineRules, kind: EngineRuleKind, change: ListChange): EngineRules {
  switch (kind) {
    case 'grouping':
      return { ...rules, grouping: change(rules.grouping) };
    case 'suppression':
      return { ...rules, suppression: change(rules.suppression) };
    case 'assignment':
      return { ...rules, assignment: change(rules.assignment) };
  }
}

/**
 * The rules once the candidate is saved: in the edited rule's place (an edit re-enables a disabled rule), or, new,
 * last, past every order_key, where the console puts new rules.
 */
export function withCandidate(
  rules: EngineRules,
  kind: EngineRuleKind,
  candidate: CandidateRule,
  replaces: string | null,
): EngineRules {
  return changeList(rules, kind, (list) => {
    const at = replaces === null ? -1 : list.findIndex((rule) => String(rule.id) === replaces);
    if (at !== -1) {
      const { id, order_key } = list[at]!;
      return list.map((rule, index) => (index === at ? { ...candidate, id, order_key, disabled_data: null } : rule));
    }
    const orderKey = list.reduce((next, rule) => Math.max(next, rule.order_key + 1), list.length);
    return [...list, { ...candidate, order_key: orderKey, disabled_data: null }];
  });
}

/** The rules with the kind's list in `ids`' order, on the dense keys a saved reorder gives; ids left out follow. */
export function withOrder(rules: EngineRules, kind: EngineRuleKind, ids: readonly string[]): EngineRules {
  return changeList(rules, kind, (list) => {
    const byId = new Map(list.map((rule) => [String(rule.id), rule]));
    const ordered = ids.flatMap((id) => {
      const rule = byId.get(id);
      byId.delete(id);
      return rule ? [rule] : [];
    });
    return [...ordered, ...byId.values()].map((rule, orderKey) => ({ ...rule, order_key: orderKey }));
  });
}
