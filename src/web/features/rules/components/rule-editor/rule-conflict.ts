import type { Rule, RuleKind } from '../../../../../contract/rules';
import { differingFields } from './changed-fields';
import { contentOfRule, withFields, type RuleContent, type RuleField } from './rule-content';
import { sameJson } from './same-json';

/** A rule's edited fields at one moment, with the server's time of its last save (null on older PostHog). */
export type RuleSnapshot = { updatedAt: string | null; content: RuleContent };

export type Side = 'theirs' | 'yours';
export type FieldConflict = { field: RuleField; changedBy: 'them' | 'you' | 'both' };

/**
 * The rule changed on the server since the editor loaded `base`. `fields` are those where the server's version
 * (`theirs`) and the editor's (`yours`) differ: each needs a side.
 */
export type RuleConflict = { theirs: RuleSnapshot; yours: RuleContent; fields: FieldConflict[] };
export type Choices = Partial<Record<RuleField, Side>>;

/** True when the server saved the rule since `base` was loaded, or holds other values in the edited fields. */
export function changedSince(kind: RuleKind, base: RuleSnapshot, server: RuleSnapshot): boolean {
  return base.updatedAt !== server.updatedAt || differingFields(kind, base.content, server.content).length > 0;
}

/** The conflict between the person's version and the server's, or null when the server still holds `base`. */
export function findConflict(
  kind: RuleKind,
  base: RuleSnapshot,
  server: RuleSnapshot,
  yours: RuleContent,
): RuleConflict | null {
  if (!changedSince(kind, base, server)) return null;
  const fields = differingFields(kind, server.content, yours).map((field): FieldConflict => {
    const theyChanged = !sameJson(base.content[field], server.content[field]);
    const youChanged = !sameJson(base.content[field], yours[field]);
    return { field, changedBy: theyChanged && youChanged ? 'both' : theyChanged ? 'them' : 'you' };
  });
  return { theirs: server, yours, fields };
}

/** A field only they changed keeps theirs, one only you changed keeps yours; one you both changed waits for a choice. */
export function defaultChoices(conflict: RuleConflict): Choices {
  const choices: Choices = {};
  for (const { field, changedBy } of conflict.fields) {
    if (changedBy !== 'both') choices[field] = changedBy === 'them' ? 'theirs' : 'yours';
  }
  return choices;
}

export function allOf(conflict: RuleConflict, side: Side): Choices {
  return Object.fromEntries(conflict.fields.map(({ field }) => [field, side]));
}

/** The fields still without a side, in the order shown. */
export function unchosenFields(conflict: RuleConflict, choices: Choices): RuleField[] {
  return conflict.fields.filter(({ field }) => choices[field] === undefined).map(({ field }) => field);
}

/** The server's version with the fields chosen as yours taken from yours; null while a field has no side. */
export function mergedContent(conflict: RuleConflict, choices: Choices): RuleContent | null {
  if (unchosenFields(conflict, choices).length > 0) return null;
  const yoursFields = conflict.fields.filter(({ field }) => choices[field] === 'yours').map(({ field }) => field);
  return withFields(conflict.theirs.content, conflict.yours, yoursFields);
}

export const snapshotOf = (kind: RuleKind, rule: Rule): RuleSnapshot => ({
  updatedAt: rule.updated_at,
  content: contentOfRule(kind, rule),
});
