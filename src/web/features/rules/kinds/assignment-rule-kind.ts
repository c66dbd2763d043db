import { z } from 'zod';
import { assigneeInputSchema } from '../../../../contract/assignee';
import { filterGroupFormSchema } from '../../../components/filter-builder';
import { hasFilterValue } from '../../../../contract/filters';
import { AssignmentRuleOutcome } from './assignment-rule-outcome';
import { clip, filterTitle } from './filter-title';
import type { RuleKindDescriptor } from './rule-kind-descriptor';
import { ruleFormSchema } from './rule-form-schema';
import { emptyRuleFormValues } from './rule-form-values';

export const assigneeRequired = 'Choose a member or role to assign matching issues to.';

const schema = ruleFormSchema(
  z.object({
    filters: filterGroupFormSchema,
    assignee: assigneeInputSchema.nullable().refine((assignee) => assignee !== null, { error: assigneeRequired }),
  }),
);
const fields = [
  { name: 'filters', label: 'Filters' },
  { name: 'assignee', label: 'Assignee', required: true },
] as const;

export const assignmentRuleKind: RuleKindDescriptor<'assignment'> = {
  kind: 'assignment',
  path: 'assignment-rules',
  title: 'Assignment rules',
  noun: 'assignment rule',
  description: 'Who a new issue goes to: the first rule whose filters match its first exception assigns it.',

  fields: { create: fields, edit: fields },
  formSchema: { create: schema, edit: schema },
  formValues: (rule) => ({ ...emptyRuleFormValues, ...(rule && { filters: rule.filters, assignee: rule.assignee }) }),
  createInput: ({ filters, assignee }) => ({ filters, assignee: assignee ?? null }),
  editContent: ({ filters, assignee }) => ({ filters, assignee: assignee ?? null }),
  contentOf: ({ filters, assignee }) => ({ filters, assignee }),
  duplicateInput: ({ filters, assignee }, orderKey) => ({ filters, assignee, order_key: orderKey }),

  ruleTitle: (rule, lookup) => `${filterTitle(rule.filters)} → ${clip(lookup(rule.assignee)?.name ?? 'Nobody', 32)}`,
  Outcome: AssignmentRuleOutcome,
  saveWarning: ({ filters, assignee }, { environmentName, rulesBelow, assigneeName }) => {
    if (hasFilterValue(filters) || rulesBelow === 0) return null;
    const who = assigneeName(assignee ?? null);
    return {
      title: `Send every new issue to ${who}?`,
      message:
        `This rule has no filters, so it matches every exception: every new issue in ${environmentName} will go ` +
        `to ${who}, and ${rulesBelow === 1 ? 'the rule below it never runs' : `the ${rulesBelow} rules below it never run`}.`,
      confirmLabel: 'Save anyway',
    };
  },
  assigneeOf: (rule) => rule.assignee,
  wins: {
    word: 'assigned',
    sentence: (count) => `it assigned ${count} new issues (only the first exception of an issue creates it)`,
  },
};
