import { createContext, useContext } from 'react';
import type { Rule, RuleKind } from '../../../../../contract/rules';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import type { RuleListItem } from '../../../../data/rules/rule-list-item';

export type MoveTarget = 'up' | 'down' | 'top' | 'bottom';

/** What a row can ask of its list. The object never changes, so memoized rows do not redraw for it. */
export type RuleRowActions = {
  toggleSelected: (id: string, checked: boolean, extend: boolean) => void;
  toggleExpanded: (id: string) => void;
  edit: (id: string) => void;
  /** Opens the rule's history. */
  history: (id: string) => void;
  move: (id: string, target: MoveTarget) => void;
  /** Right above another rule: where a shadowed rule wins the exceptions that rule takes first. */
  moveAbove: (id: string, aboveId: string) => void;
  duplicate: (rule: Rule) => void;
  /** An unreadable record is copied (and deleted) as it came. */
  copy: (rule: RuleListItem) => void;
  remove: (rule: RuleListItem) => void;
};

export type RuleRowContextValue = {
  kind: RuleKind;
  actions: RuleRowActions;
  /** Why rules cannot be changed (a read-only key), or null. */
  writeOff: string | null;
  /** `/env/1/assignment-rules`: a rule's editor is at `${basePath}/${id}`. */
  basePath: string;
  /** Goes to an absolute path inside the app. */
  navigate: (path: string) => void;
};

export const RuleRowContext = createContext<RuleRowContextValue | null>(null);

/**
 * Names of assignees, read once for the whole list. A context of its own: when the names arrive, only the assignee
 * labels redraw, not every row.
 */
export const AssigneeLookupContext = createContext<AssigneeLookup>(() => null);

export function useRuleRowContext(): RuleRowContextValue {
  const value = useContext(RuleRowContext);
  if (value === null) throw new Error('A rule row renders only inside a rules list.');
  return value;
}
