import type { RuleSnapshot } from '../../../../../contract/rule-history';
import { ruleKinds, type RuleKind, type RuleOf } from '../../../../../contract/rules';
import { listOf } from '../revert/revert-target';

export type DisabledChange = { kind: RuleKind; rule: RuleOf<RuleKind>; disabled: boolean };

/** Rules PostHog disabled (a filter it could not run) or that came back enabled between the two states. */
export function disabledChanges(before: RuleSnapshot, after: RuleSnapshot): DisabledChange[] {
  return ruleKinds.flatMap((kind) => {
    const old = new Map(listOf(before, kind).map((rule) => [rule.id, rule.disabled_data !== null]));
    return listOf(after, kind).flatMap((rule): DisabledChange[] => {
      const was = old.get(rule.id);
      const is = rule.disabled_data !== null;
      return was === undefined || was === is ? [] : [{ kind, rule, disabled: is }];
    });
  });
}
