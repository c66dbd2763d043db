import type { RuleKind, RuleOf } from '../../../../../contract/rules';
import { ruleFormValues, ruleKinds } from '../../kinds/rule-kinds';
import type { RuleFormOutput, RuleFormValues } from '../../kinds/rule-form-values';
import { contentOfRule, editedFields, formFieldOf, withFields, type RuleContent, type RuleField } from './rule-content';
import { sameJson } from './same-json';

/**
 * The fields the person changed: the form as it is against the form as it was loaded. Compared as typed, before the
 * form's checks turn text into numbers, so an untouched stored value never counts as changed.
 */
export function changedFields(kind: RuleKind, loaded: RuleFormValues, current: RuleFormValues): RuleField[] {
  return editedFields(kind).filter((field) => !sameJson(loaded[formFieldOf[field]], current[formFieldOf[field]]));
}

/** The kind's edited fields whose values differ between `a` and `b`. */
export function differingFields(kind: RuleKind, a: RuleContent, b: RuleContent): RuleField[] {
  return editedFields(kind).filter((field) => !sameJson(a[field], b[field]));
}

/**
 * The rule as the person wants it: `base` with the fields they changed (`current` against the form `base` loaded)
 * taken from the checked form values. Untouched fields stay exactly as the server sent them.
 */
export function yourVersion<K extends RuleKind>(
  kind: K,
  base: RuleOf<K>,
  current: RuleFormValues,
  checked: RuleFormOutput,
): RuleContent {
  const changed = changedFields(kind, ruleFormValues(kind, base), current);
  return withFields(contentOfRule(kind, base), ruleKinds[kind].editContent(checked), changed);
}
