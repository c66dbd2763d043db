import type { ComponentType } from 'react';
import type { Assignee } from '../../../../contract/assignee';
import type { AssigneeLookup } from '../../../data/organization/assignee-names';
import type { RuleKind, RuleOf } from '../../../../contract/rules';
import type { CreateRuleInput } from '../../../data/rules/create-rule';
import type { RuleContent } from '../components/rule-editor/rule-content';
import type { EditorMode, RuleFormField, RuleFormOutput, RuleFormSchema, RuleFormValues } from './rule-form-values';
import type { SaveWarning, SaveWarningContext } from './save-warning';

/** One field of the editor, as a kind shows it. */
export type RuleFieldSpec = {
  name: RuleFormField;
  label: string;
  required?: boolean;
  hint?: string;
  /** Shown, not edited: PostHog keeps it as created. The kind's `lockedNote` says so above the first one. */
  locked?: boolean;
};

/** Everything that differs between assignment, grouping and suppression rules; the rest of the UI is shared. */
export type RuleKindDescriptor<K extends RuleKind> = {
  kind: K;
  /** The section's URL segment after /env/:envId/. */
  path: string;
  title: string;
  /** "assignment rule": for messages such as "Delete 3 assignment rules?". */
  noun: string;
  description: string;

  /** The editor's fields in order; those not `locked` are what the kind saves. */
  fields: Record<EditorMode, readonly RuleFieldSpec[]>;
  lockedNote?: string;
  formSchema: Record<EditorMode, RuleFormSchema>;
  /** The rule's values when editing; null: a new rule's. */
  formValues: (rule: RuleOf<K> | null) => RuleFormValues;
  createInput: (values: RuleFormOutput) => CreateRuleInput<K>;
  /** The saved fields of an edit, by the API's names (a PATCH sends those that changed). */
  editContent: (values: RuleFormOutput) => RuleContent;
  contentOf: (rule: RuleOf<K>) => RuleContent;
  /** The create body that copies a rule (not its id, times or disabled state), at `orderKey` when given. */
  duplicateInput: (rule: RuleOf<K>, orderKey?: number) => CreateRuleInput<K>;

  /**
   * A title that stays with the rule wherever it moves, derived from what it does ("TypeError on /checkout → Priya
   * Raman"); with its short id it names the rule everywhere (see `ruleName`).
   */
  ruleTitle: (rule: RuleOf<K>, lookup: AssigneeLookup) => string;
  /** What a match leads to, on the row's one line: the assignee, the issue, the share dropped. */
  Outcome: ComponentType<{ rule: RuleOf<K> }>;
  /** More of the rule, shown when its row is expanded. */
  Details?: ComponentType<{ rule: RuleOf<K> }>;
  /** Asked before saving values that do more than their author may mean (a rule that matches everything). */
  saveWarning?: (values: RuleFormOutput, context: SaveWarningContext) => SaveWarning | null;
  /** Kinds that assign: the assignee filter lists these, and the search matches their names. */
  assigneeOf?: (rule: RuleOf<K>) => Assignee | null;
  /** More text the search matches (a grouping rule's description). */
  searchText?: (rule: RuleOf<K>) => string | null;
  /** What a win is for the kind, in the statistics: "56 dropped", and what that means in a sentence. */
  wins: {
    word: string;
    sentence: (count: string) => string;
    /** What the stored exceptions cannot show of the kind's effect. */
    caveat?: string;
  };
};

/** `ruleKinds[kind]` is the descriptor of that very kind, also for a generic `kind`. */
export type RuleKindRegistry = { [K in RuleKind]: RuleKindDescriptor<K> };
