import type { Rule, RuleKind } from '../../../../../contract/rules';
import { contentOfRule, editedFields, formFieldOf, withFields, type RuleContent, type RuleField } from './rule-content';
import { ruleFormDefaults, ruleRequestBody, type RuleFormOutput, type RuleFormValues } from './rule-form-schema';
import { sameJson } from './same-json';

/**
 * The fields the person changed: the form as it is against the form as it was loaded. Compared as typed, before the
 * form's checks turn text into numbers, so an untouched stored value never counts as changed.
 */
export function changedFields(kind: RuleKind, loaded: RuleFormValues, current: RuleFormValues): RuleField[] {
  return editedFields[kind].filter((field) => !sameJson(loaded[formFieldOf[field]], current[formFieldOf[field]]));
}

/** The kind's edited fields whose values differ between `a` and `b`. */
export function differingFields(kind: RuleKind, a: RuleContent, b: RuleContent): RuleField[] {
  return editedFields[kind].filter((field) => !sameJson(a[field], b[field]));
}

/**
 * The rule as the person wants it: `base` with the fields they changed (`current` against the form `base` loaded)
 * taken from the checked form values. Untouched fields stay exactly as the server sent them.
 */
export function yourVersion(kind: RuleKind, base: Rule, current: RuleFormValues, checked: RuleFormOutput): RuleContent {
  const changed = changedFields(kind, ruleFormDefaults(base), current);
  return withFields(contentOfRule(kind, base), ruleRequestBody(kind, 'edit', checked), changed);
}
