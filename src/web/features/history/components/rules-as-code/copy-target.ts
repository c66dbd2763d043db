import type { RuleSnapshot } from '../../../../../contract/rule-history';
import type { RuleKind } from '../../../../../contract/rules';
import { fromRulesDocument, toRulesDocument, type AssigneeDirectory, type RuleTarget } from '../../../../../rule-plans';
import { onlyKinds } from '../revert/revert-target';

/**
 * The target that makes another environment's `kinds` lists copies of `source`: the document Export writes, without
 * ids (rules are matched by content there), read back as Import reads it. Same organization: every assignee stays.
 */
export function copyTarget(
  source: RuleSnapshot,
  directory: AssigneeDirectory,
  from: { id: number; name: string },
  mode: 'local' | 'connected',
  kinds: readonly RuleKind[],
): RuleTarget {
  const document = toRulesDocument(source, directory, {
    source: { environment: from, mode },
    schemaUrl: '',
    ids: false,
  });
  const { target } = fromRulesDocument(document, directory, { sameOrganization: true });
  return onlyKinds(
    {
      assignment: target.assignment ?? [],
      grouping: target.grouping ?? [],
      suppression: target.suppression ?? [],
    },
    kinds,
  );
}
