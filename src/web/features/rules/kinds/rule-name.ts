import { shortId } from '../../../lib/short-id';
import type { RuleKind, RuleOf } from '../../../../contract/rules';
import type { AssigneeLookup } from '../../../data/organization/assignee-names';
import { isUnreadableRule, type RuleListItem } from '../../../data/rules/rule-list-item';
import { ruleKinds } from './rule-kinds';

/** The rule's title as its kind derives it (see `RuleKindDescriptor.ruleTitle`). */
export const ruleTitleOf = <K extends RuleKind>(kind: K, rule: RuleOf<K>, lookup: AssigneeLookup): string =>
  ruleKinds[kind].ruleTitle(rule, lookup);

/**
 * How a rule is named wherever it is mentioned (toasts, dialogs, announcements, labels): `“title” (short id)`,
 * never its position, which changes with every reorder.
 */
export function ruleName<K extends RuleKind>(kind: K, rule: RuleListItem<K>, lookup: AssigneeLookup): string {
  if (isUnreadableRule(rule)) {
    return rule.serverId === null ? 'the unreadable rule without an id' : `unreadable rule ${shortId(rule.serverId)}`;
  }
  return `“${ruleTitleOf(kind, rule, lookup)}” (${shortId(rule.id)})`;
}
