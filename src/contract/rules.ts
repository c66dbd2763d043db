import { z } from 'zod';
import { assigneeInputSchema, assigneeSchema } from './assignee';
import { timestampSchema, uuidSchema } from './common';
import { disabledDataSchema } from './disabled-data';
import { emptyFilterGroup, hasFilterValue } from './filters';
import { storedFilterGroupSchema } from './stored-filters';

export const ruleKinds = ['assignment', 'grouping', 'suppression'] as const;
export type RuleKind = (typeof ruleKinds)[number];

export const ruleResourcePaths: Record<RuleKind, string> = {
  assignment: 'assignment_rules',
  grouping: 'grouping_rules',
  suppression: 'suppression_rules',
};

/** Older PostHog versions sent assignment rules without `created_at`/`updated_at`: read as null. */
const ruleBaseSchema = z.object({
  id: uuidSchema,
  filters: storedFilterGroupSchema,
  order_key: z.number().int(),
  disabled_data: disabledDataSchema,
  created_at: timestampSchema.nullable().default(null),
  updated_at: timestampSchema.nullable().default(null),
});

export const assignmentRuleSchema = ruleBaseSchema.extend({ assignee: assigneeSchema.nullable() });
export type AssignmentRule = z.infer<typeof assignmentRuleSchema>;

export const groupingRuleIssueSchema = z.object({ id: uuidSchema, name: z.string().nullable() });
export const groupingRuleSchema = ruleBaseSchema.extend({
  assignee: assigneeSchema.nullable(),
  description: z.string().nullable(),
  issue: groupingRuleIssueSchema.nullable(),
});
export type GroupingRule = z.infer<typeof groupingRuleSchema>;
/** The grouping rules list answers `{results}` only; older PostHog versions paginated it, so `next` may be there. */
export const groupingRuleListSchema = z.object({
  next: z.string().nullable().optional(),
  results: z.array(z.unknown()),
});

/** Older PostHog versions had no sampling (`sampling_rate` absent): every match was dropped. */
export const suppressionRuleSchema = ruleBaseSchema.extend({ sampling_rate: z.number().optional() });
export type SuppressionRule = z.infer<typeof suppressionRuleSchema>;

export type Rule = AssignmentRule | GroupingRule | SuppressionRule;
export type RuleOf<K extends RuleKind> = {
  assignment: AssignmentRule;
  grouping: GroupingRule;
  suppression: SuppressionRule;
}[K];

const orderKeyInputSchema = z
  .number({ error: 'A valid integer is required.' })
  .int({ error: 'A valid integer is required.' });
const samplingRateInputSchema = z
  .number({ error: 'A valid number is required.' })
  .min(0, { error: 'Ensure this value is greater than or equal to 0.' })
  .max(1, { error: 'Ensure this value is less than or equal to 1.' });
const descriptionInputSchema = z.string({ error: 'Not a valid string.' }).max(10_000).nullable();

// Filters are checked as PostHog checks them (stored shape), so a rule PostHog accepts is accepted here too; the
// dashboard's own limits (filter-limits.ts) are its form's, not the API's.
export const assignmentRuleCreateInputSchema = z.object({
  filters: storedFilterGroupSchema,
  assignee: assigneeInputSchema.nullable(),
  order_key: orderKeyInputSchema.optional(),
});
export const assignmentRuleUpdateInputSchema = z.object({
  filters: storedFilterGroupSchema.optional(),
  assignee: assigneeInputSchema.nullable().optional(),
});

export const groupingFiltersInputSchema = storedFilterGroupSchema.refine(hasFilterValue, {
  error: 'Filters must contain at least one filter value.',
});
/** PostHog's grouping and suppression create take no `order_key` (a sent one is dropped): a new rule gets 0. */
export const groupingRuleCreateInputSchema = z.object({
  filters: groupingFiltersInputSchema,
  assignee: assigneeInputSchema.nullable().optional(),
  description: descriptionInputSchema.optional(),
});
/** Newest PostHog ignores assignee and description on update; only filters change. */
export const groupingRuleUpdateInputSchema = z.object({
  filters: groupingFiltersInputSchema.optional(),
});

export const suppressionRuleCreateInputSchema = z.object({
  filters: storedFilterGroupSchema
    .nullable()
    .optional()
    .transform((filters) => filters ?? emptyFilterGroup),
  sampling_rate: samplingRateInputSchema.optional(),
});
export const suppressionRuleUpdateInputSchema = z.object({
  filters: storedFilterGroupSchema
    .nullable()
    .optional()
    .transform((filters) => (filters === null ? emptyFilterGroup : filters)),
  sampling_rate: samplingRateInputSchema.optional(),
});

/** Unknown ids are ignored. */
export const reorderInputSchema = z.object({
  orders: z.custom<Record<string, number>>(
    (value) =>
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.values(value).every(Number.isSafeInteger),
    { error: 'Expected a map of rule ids to integer order keys.' },
  ),
});

export const ruleSchemas = {
  assignment: {
    object: assignmentRuleSchema,
    create: assignmentRuleCreateInputSchema,
    update: assignmentRuleUpdateInputSchema,
  },
  grouping: {
    object: groupingRuleSchema,
    create: groupingRuleCreateInputSchema,
    update: groupingRuleUpdateInputSchema,
  },
  suppression: {
    object: suppressionRuleSchema,
    create: suppressionRuleCreateInputSchema,
    update: suppressionRuleUpdateInputSchema,
  },
} as const;

/** Typed per kind, so that `ruleObjectSchema(kind)` reads rules of that very kind. */
const objectSchemas: { [K in RuleKind]: z.ZodType<RuleOf<K>> } = {
  assignment: assignmentRuleSchema,
  grouping: groupingRuleSchema,
  suppression: suppressionRuleSchema,
};

/** The contract's schema of one rule of kind K. */
export const ruleObjectSchema = <K extends RuleKind>(kind: K): z.ZodType<RuleOf<K>> => objectSchemas[kind];
