import { z } from 'zod';
import { assigneeInputSchema } from '../../../../contract/assignee';
import { hasFilterValue } from '../../../../contract/filters';
import { ruleSchemas } from '../../../../contract/rules';
import { filterGroupFormSchema } from '../../../components/filter-builder';
import { clip, filterTitle } from './filter-title';
import { GroupingRuleDetails } from './grouping-rule-details';
import { GroupingRuleOutcome } from './grouping-rule-outcome';
import type { RuleKindDescriptor } from './rule-kind-descriptor';
import { ruleFormSchema } from './rule-form-schema';
import { emptyRuleFormValues } from './rule-form-values';

export const groupingNeedsFilter = 'Add at least one filter: a grouping rule needs something to match.';

const filters = filterGroupFormSchema.refine(hasFilterValue, { error: groupingNeedsFilter });
// An empty description is "no description", as PostHog stores it.
const description = z
  .string()
  .transform((text) => (text.trim() === '' ? null : text))
  .pipe(ruleSchemas.grouping.create.shape.description.unwrap());
const filtersField = { name: 'filters', label: 'Filters', required: true } as const;

// PostHog keeps a grouping rule's assignee and description as created: editing checks (and sends) filters only.
export const groupingRuleKind: RuleKindDescriptor<'grouping'> = {
  kind: 'grouping',
  path: 'grouping-rules',
  title: 'Grouping rules',
  noun: 'grouping rule',
  description: 'Exceptions that match a rule are grouped into one issue, whatever their fingerprint.',

  fields: {
    create: [
      filtersField,
      { name: 'assignee', label: 'Assignee', hint: 'Optional: matching issues go to them.' },
      {
        name: 'description',
        label: 'Description',
        hint: 'What the grouped exceptions have in common, for whoever reads the rule next.',
      },
    ],
    edit: [
      filtersField,
      { name: 'assignee', label: 'Assignee', locked: true },
      { name: 'description', label: 'Description', locked: true },
    ],
  },
  lockedNote:
    'PostHog keeps a grouping rule’s assignee and description as created; to change them, duplicate the rule.',
  formSchema: {
    create: ruleFormSchema(z.object({ filters, assignee: assigneeInputSchema.nullable(), description })),
    edit: ruleFormSchema(z.object({ filters })),
  },
  formValues: (rule) => ({
    ...emptyRuleFormValues,
    ...(rule && { filters: rule.filters, assignee: rule.assignee, description: rule.description ?? '' }),
  }),
  createInput: (values) => ({
    filters: values.filters,
    assignee: values.assignee ?? null,
    description: values.description ?? null,
  }),
  editContent: ({ filters }) => ({ filters }),
  contentOf: ({ filters }) => ({ filters }),
  duplicateInput: ({ filters, assignee, description }, orderKey) => ({
    filters,
    order_key: orderKey,
    assignee,
    description,
  }),

  ruleTitle: (rule) => (rule.description?.trim() ? clip(rule.description, 80) : filterTitle(rule.filters)),
  Outcome: GroupingRuleOutcome,
  Details: GroupingRuleDetails,
  assigneeOf: (rule) => rule.assignee,
  searchText: (rule) => [rule.description, rule.issue?.name].filter(Boolean).join('\n'),
  wins: {
    word: 'grouped',
    sentence: (count) => `it set the fingerprint of ${count} (a fingerprint the client sent wins over the rule’s)`,
  },
};
