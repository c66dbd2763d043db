import { z } from 'zod';
import { filterGroupFormSchema } from '../../../components/filter-builder';
import type { RuleKindDescriptor } from './rule-kind-descriptor';
import { ruleFormSchema } from './rule-form-schema';
import { emptyRuleFormValues, percentOfRate, rateOfPercent } from './rule-form-values';
import { filterTitle } from './filter-title';
import { SuppressionRuleDetails } from './suppression-rule-details';
import { droppedPercent, SuppressionRuleOutcome } from './suppression-rule-outcome';
import { suppressionWarning } from './suppression-warning';

const percentRange = 'Enter a percentage from 0 to 100.';

const schema = ruleFormSchema(
  z.object({
    filters: filterGroupFormSchema,
    samplingPercent: z
      .number({ error: percentRange })
      .min(0, { error: percentRange })
      .max(100, { error: percentRange }),
  }),
);
const fields = [
  { name: 'filters', label: 'Filters' },
  {
    name: 'samplingPercent',
    label: 'Sampling rate',
    required: true,
    hint: 'The percentage of matching exceptions to drop, from 0 to 100. 100% drops every match.',
  },
] as const;

// Older PostHog versions sent no sampling rate: every match was dropped, as at 100%.
export const suppressionRuleKind: RuleKindDescriptor<'suppression'> = {
  kind: 'suppression',
  path: 'suppression-rules',
  title: 'Suppression rules',
  noun: 'suppression rule',
  description: 'Matching exceptions are dropped before they reach an issue, at the rule’s sampling rate.',

  fields: { create: fields, edit: fields },
  formSchema: { create: schema, edit: schema },
  formValues: (rule) => ({
    ...emptyRuleFormValues,
    ...(rule && { filters: rule.filters, samplingPercent: percentOfRate(rule.sampling_rate ?? 1) }),
  }),
  createInput: ({ filters, samplingPercent }) => ({ filters, sampling_rate: rateOfPercent(samplingPercent ?? 100) }),
  editContent: ({ filters, samplingPercent }) => ({ filters, sampling_rate: rateOfPercent(samplingPercent ?? 100) }),
  contentOf: ({ filters, sampling_rate }) => ({ filters, sampling_rate: sampling_rate ?? 1 }),
  duplicateInput: ({ filters, sampling_rate }, orderKey) => ({ filters, order_key: orderKey, sampling_rate }),

  ruleTitle: (rule) => `${filterTitle(rule.filters)} → drop ${droppedPercent(rule)}`,
  Outcome: SuppressionRuleOutcome,
  Details: SuppressionRuleDetails,
  saveWarning: suppressionWarning,
  wins: {
    word: 'dropped',
    sentence: (count) => `it would drop ${count} of them now, after the sampling draw`,
    caveat:
      'Exceptions PostHog already dropped were never stored, so they are not counted: a rule that drops everything ' +
      'it matches shows only what came before it existed.',
  },
};
