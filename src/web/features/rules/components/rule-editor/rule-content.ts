import type { Assignee } from '../../../../../contract/assignee';
import type { Rule, RuleKind } from '../../../../../contract/rules';
import type { StoredFilterGroup } from '../../../../../contract/stored-filters';
import type { RuleFormValues } from './rule-form-schema';

/** What the editor of an existing rule changes, by the API's names. */
export type RuleContent = {
  filters: StoredFilterGroup;
  assignee?: Assignee | null;
  sampling_rate?: number;
};
export type RuleField = keyof RuleContent;

/** The fields each kind's editor changes on an existing rule (a grouping rule keeps its assignee as created). */
export const editedFields: Record<RuleKind, readonly RuleField[]> = {
  assignment: ['filters', 'assignee'],
  grouping: ['filters'],
  suppression: ['filters', 'sampling_rate'],
};

/** The form value each field is edited as. */
export const formFieldOf: Record<RuleField, keyof RuleFormValues> = {
  filters: 'filters',
  assignee: 'assignee',
  sampling_rate: 'samplingPercent',
};

export const fieldLabels: Record<RuleField, string> = {
  filters: 'Filters',
  assignee: 'Assignee',
  sampling_rate: 'Sampling rate',
};

/** The edited fields of `rule` as the server holds them; a missing sampling rate (older PostHog) drops every match. */
export function contentOfRule(kind: RuleKind, rule: Rule): RuleContent {
  switch (kind) {
    case 'assignment':
      return { filters: rule.filters, assignee: 'assignee' in rule ? rule.assignee : null };
    case 'grouping':
      return { filters: rule.filters };
    case 'suppression':
      return { filters: rule.filters, sampling_rate: ('sampling_rate' in rule ? rule.sampling_rate : undefined) ?? 1 };
  }
}

/** `content` with `fields` taken from `from`. */
export function withFields(content: RuleContent, from: RuleContent, fields: readonly RuleField[]): RuleContent {
  return fields.reduce<RuleContent>((result, field) => ({ ...result, [field]: from[field] }), content);
}

/** Only `fields` of `content`: the body of a PATCH. */
export function pickFields(content: RuleContent, fields: readonly RuleField[]): Partial<RuleContent> {
  return Object.fromEntries(fields.map((field) => [field, content[field]]));
}
