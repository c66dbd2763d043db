import type { Rule, RuleKind } from '../../../../../contract/rules';
import { describeError } from '../../../../lib/api-error';
import { countOf } from '../../../../lib/format';
import { describeReorderError } from '../../../../data/rules/describe-reorder-error';
import type { DeletedRules, RestoreResult } from '../../../../data/rules/restore-rules';
import { ruleKinds } from '../../kinds/rule-kinds';

/** "A", "A and B", "A, B and C". */
export function listOfNames(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/**
 * PostHog groups a grouping rule's matches under its id (fingerprint `custom-rule:<id>`): the re-created rule has a
 * new one, so its matches open a new issue instead of joining the one the deleted rule grouped into.
 */
function newIssueNote(rules: readonly Rule[]): string | null {
  const issues = rules.flatMap((rule) => ('issue' in rule && rule.issue ? [rule.issue] : []));
  if (issues.length === 0) return null;
  const where = issues.length === 1 && issues[0]!.name ? `“${issues[0]!.name}”` : 'the issues they grouped into';
  return `New matches will open a new issue; earlier ones stay in ${where}.`;
}

/** What a restore did, in words (each rule by `nameOf`, see `ruleName`), and whether it calls for a retry. */
export function describeRestore(
  kind: RuleKind,
  deleted: DeletedRules<RuleKind>,
  result: RestoreResult<RuleKind>,
  nameOf: (rule: Rule) => string,
) {
  const { noun } = ruleKinds[kind];
  // A re-created rule has a new id: it is named as the list now shows it.
  const byId = new Map<string, Rule>(deleted.rules.map((rule) => [rule.id, rule]));
  for (const [id, rule] of result.recreated) byId.set(id, rule);
  const names = (ids: string[]) => ids.flatMap((id) => (byId.has(id) ? [nameOf(byId.get(id)!)] : []));
  const what = (ids: string[]) => (ids.length === 1 ? listOfNames(names(ids)) : countOf(ids.length, noun));
  const restored = deleted.rules.filter((rule) => result.recreated.has(rule.id)).map((rule) => rule.id);
  const failedIds = result.failed.map((failure) => failure.rule.id);
  const placementError = result.placement.ok ? null : describeReorderError(result.placement.error);
  const parts: string[] = [];
  if (failedIds.length === 0) {
    const them = restored.length === 1 ? 'it' : 'them';
    parts.push(
      placementError === null
        ? `Restored ${what(restored)}.`
        : `Re-created ${what(restored)}, but could not put ${them} back in place: ${placementError}`,
    );
  } else {
    const reason = describeError(result.failed[0]!.error);
    parts.push(
      restored.length === 0
        ? `Could not restore ${what(failedIds)}: ${reason}`
        : `Restored ${restored.length} of ${countOf(deleted.rules.length, noun)}; ` +
            `could not re-create ${listOfNames(names(failedIds))}: ${reason}`,
    );
    if (placementError !== null) {
      parts.push(`The re-created ones could not be put back in place either: ${placementError}`);
    }
  }
  const note = newIssueNote(deleted.rules.filter((rule) => result.recreated.has(rule.id)));
  if (note !== null) parts.push(note);
  const unreadable = deleted.deletedIds.length - deleted.rules.length;
  if (unreadable > 0) parts.push(`${countOf(unreadable, 'record')} the dashboard cannot read could not be re-created.`);
  return { message: parts.join(' '), retry: failedIds.length > 0 || placementError !== null };
}
