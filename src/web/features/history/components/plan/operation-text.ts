import type { RuleSnapshot } from '../../../../../contract/rule-history';
import type { RuleKind } from '../../../../../contract/rules';
import type { PlanOperation, RuleFieldsOf } from '../../../../../rule-plans';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import { shortId } from '../../../../lib/short-id';
import { ruleKinds, ruleTitleOf, shownRule } from '../../../rules';
import { listOf } from '../revert/revert-target';

const fieldNames: Record<string, string> = {
  filters: 'filters',
  assignee: 'assignee',
  description: 'description',
  sampling_rate: 'sampling rate',
};

const titleOf = <K extends RuleKind>(kind: K, fields: RuleFieldsOf<K>, lookup: AssigneeLookup) =>
  `“${ruleTitleOf(kind, shownRule(kind, fields, null, null), lookup)}”`;

/** How a rule of the state before the plan is named: `“title” (short id)`, as everywhere. */
function existingName(kind: RuleKind, id: string, before: RuleSnapshot, lookup: AssigneeLookup): string {
  const rule = listOf(before, kind).find((each) => each.id === id);
  return rule ? `“${ruleTitleOf(kind, rule, lookup)}” (${shortId(id)})` : `rule ${shortId(id)}`;
}

/** One step of a plan in words: "Delete assignment rule “…” (1a2b3c4d)". */
export function operationText(operation: PlanOperation, before: RuleSnapshot, lookup: AssigneeLookup): string {
  const { noun, title } = ruleKinds[operation.kind];
  switch (operation.op) {
    case 'create':
      return `Create ${noun} ${titleOf(operation.kind, operation.rule, lookup)}`;
    case 'update': {
      const fields = Object.keys(operation.changes).map((field) => fieldNames[field] ?? field);
      return `Change the ${fields.join(' and ')} of ${noun} ${existingName(operation.kind, operation.id, before, lookup)}`;
    }
    case 'delete':
      return `Delete ${noun} ${existingName(operation.kind, operation.id, before, lookup)}`;
    case 'reorder':
      return `Put the ${title.toLowerCase()} in their new order`;
  }
}
