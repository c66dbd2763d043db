import type { Assignee } from '../../../../../contract/assignee';
import type { RuleKind, RuleOf } from '../../../../../contract/rules';
import type { StoredFilterGroup } from '../../../../../contract/stored-filters';
import { ruleKinds } from '../../kinds/rule-kinds';
import type { RuleFormField } from '../../kinds/rule-form-values';

/** What the editor of an existing rule changes, by the API's names. */
export type RuleContent = {
  filters: StoredFilterGroup;
  assignee?: Assignee | null;
  sampling_rate?: number;
};
export type RuleField = keyof RuleContent;

const ruleFields = ['filters', 'assignee', 'sampling_rate'] as const satisfies readonly RuleField[];

/** The fields each kind's editor saves on an existing rule (a grouping rule keeps its assignee as created). */
export function editedFields(kind: RuleKind): RuleField[] {
  const saved = ruleKinds[kind].fields.edit.filter((field) => !field.locked).map((field) => field.name);
  return ruleFields.filter((field) => saved.includes(formFieldOf[field]));
}

export const formFieldOf: Record<RuleField, RuleFormField> = {
  filters: 'filters',
  assignee: 'assignee',
  sampling_rate: 'samplingPercent',
};

/** In the conflict view, which shows the API's fields whatever the kind. */
export const fieldLabels: Record<RuleField, string> = {
  filters: 'Filters',
  assignee: 'Assignee',
  sampling_rate: 'Sampling rate',
};

export const contentOfRule = <K extends RuleKind>(kind: K, rule: RuleOf<K>): RuleContent =>
  ruleKinds[kind].contentOf(rule);

export function withFields(content: RuleContent, from: RuleContent, fields: readonly RuleField[]): RuleContent {
  return fields.reduce<RuleContent>((result, field) => ({ ...result, [field]: from[field] }), content);
}

/** Only `fields` of `content`: the body of a PATCH. */
export function pickFields(content: RuleContent, fields: readonly RuleField[]): Partial<RuleContent> {
  return Object.fromEntries(fields.map((field) => [field, content[field]]));
}
