import type { RuleKind } from '../contract/rules';
import type { RuleFieldsOf } from './rule-spec';
import { sameContent } from './same-content';

export type FieldChanges<K extends RuleKind> = { changes: Partial<RuleFieldsOf<K>>; before: Partial<RuleFieldsOf<K>> };

/** The fields whose values differ, with the new values and the old ones. */
export function fieldChanges<K extends RuleKind>(before: RuleFieldsOf<K>, after: RuleFieldsOf<K>): FieldChanges<K> {
  const result: FieldChanges<K> = { changes: {}, before: {} };
  for (const field of Object.keys(after) as Array<keyof RuleFieldsOf<K>>) {
    if (sameContent(before[field], after[field])) continue;
    result.changes[field] = after[field];
    result.before[field] = before[field];
  }
  return result;
}

/** PostHog's grouping update changes filters only: a new assignee or description needs a new rule. */
export const needsReplacement = (kind: RuleKind, changes: object): boolean =>
  kind === 'grouping' && ('assignee' in changes || 'description' in changes);
