import type { ComponentType } from 'react';
import type { Assignee } from '../../../../../contract/assignee';
import type { RuleKind, RuleOf } from '../../../../../contract/rules';

/** What one kind adds to the shared rules list: its own part of each row, and what the filters read. */
export type RuleKindView<K extends RuleKind> = {
  kind: K;
  /** The kind's own fields in a row (assignee, description, sampling rate). */
  Details: ComponentType<{ rule: RuleOf<K> }>;
  /** Kinds that assign: the assignee filter lists these, and the search matches their names. */
  assigneeOf?: (rule: RuleOf<K>) => Assignee | null;
  /** More text the search matches (a grouping rule's description). */
  searchText?: (rule: RuleOf<K>) => string | null;
};
