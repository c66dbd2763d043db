import type { HistoryEntryDetail, RuleSnapshot } from '../../../../../contract/rule-history';
import type { RuleKind } from '../../../../../contract/rules';
import { shortId } from '../../../../lib/short-id';
import { ruleKinds } from '../../../rules';
import { revertTarget, undoTarget, type RevertScope } from './revert-target';
import type { RuleTarget } from '../../../../../rule-plans';

/** A revert, before it is planned: the dialog's title, the plan's label, and the state it leads to. */
export type RevertRequest = { title: string; label: string; target: (current: RuleSnapshot) => RuleTarget };

const scopeWords = (scope: RevertScope) => {
  if (scope.type === 'environment') return 'every rule list';
  if (scope.type === 'kind') return ruleKinds[scope.kind].title.toLowerCase();
  return `rule ${shortId(scope.id)}`;
};

/** Back to the state entry `#id` left, for what `scope` covers: "Revert assignment rules to #41". */
export function restoreRequest(entry: HistoryEntryDetail, scope: RevertScope): RevertRequest {
  const what = scopeWords(scope);
  return {
    title: `Restore ${what} to #${entry.id}`,
    label: scope.type === 'environment' ? `Revert to #${entry.id}` : `Revert ${what} to #${entry.id}`,
    target: (current) => revertTarget(current, entry.snapshot, scope),
  };
}

/**
 * Puts back what entry `#id` changed (of `ids`, default every rule it changed) as it was before, keeping what was
 * done since to other rules.
 */
export function undoRequest(entry: HistoryEntryDetail, previous: RuleSnapshot, ids = entry.rule_ids): RevertRequest {
  const one = ids.length === 1 && entry.rule_ids.length > 1 ? ` to rule ${shortId(ids[0]!)}` : '';
  return {
    title: `Undo #${entry.id}${one}`,
    label: `Undo #${entry.id}${one}`,
    target: (current) => undoTarget(current, previous, ids),
  };
}

export const kindScope = (kind: RuleKind): RevertScope => ({ type: 'kind', kind });
