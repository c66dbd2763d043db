import { z } from 'zod';
import { assigneeInputSchema, type Assignee } from '../../../../../contract/assignee';
import { emptyFilterGroup, hasFilterValue } from '../../../../../contract/filters';
import { type StoredFilterGroup } from '../../../../../contract/stored-filters';
import { ruleSchemas, type Rule, type RuleKind } from '../../../../../contract/rules';
import { filterGroupFormSchema } from '../../../../components/filter-builder';

export type EditorMode = 'create' | 'edit';

/** Every kind's fields in one shape; each kind's schema reads (and sends) only its own. */
export type RuleFormValues = {
  filters: StoredFilterGroup;
  assignee: Assignee | null;
  description: string;
  /** Sampling rate as a percentage 0–100; the API takes 0–1. */
  samplingPercent: number;
};

export type RuleFormOutput = {
  filters: StoredFilterGroup;
  assignee?: Assignee | null;
  description?: string | null;
  samplingPercent?: number;
};

export const groupingNeedsFilter = 'Add at least one filter: a grouping rule needs something to match.';
export const assigneeRequired = 'Choose a member or role to assign matching issues to.';
const percentRange = 'Enter a percentage from 0 to 100.';

const groupingFilters = filterGroupFormSchema.refine(hasFilterValue, { error: groupingNeedsFilter });
const optionalAssignee = assigneeInputSchema.nullable();
const requiredAssignee = optionalAssignee.refine((assignee) => assignee !== null, { error: assigneeRequired });
// An empty description is "no description", as PostHog stores it.
const description = z
  .string()
  .transform((text) => (text.trim() === '' ? null : text))
  .pipe(ruleSchemas.grouping.create.shape.description.unwrap());
const samplingPercent = z
  .number({ error: percentRange })
  .min(0, { error: percentRange })
  .max(100, { error: percentRange });

const schemas = {
  assignment: () => z.object({ filters: filterGroupFormSchema, assignee: requiredAssignee }),
  // PostHog keeps a grouping rule's assignee and description as created: editing checks (and sends) filters only.
  grouping: (mode: EditorMode) =>
    mode === 'create'
      ? z.object({ filters: groupingFilters, assignee: optionalAssignee, description })
      : z.object({ filters: groupingFilters }),
  suppression: () => z.object({ filters: filterGroupFormSchema, samplingPercent }),
};

/**
 * The editor's schema for one kind: the contract's pieces plus what the form checks before submit. Typed over the
 * shared values shape (zod objects strip the other kinds' fields).
 */
export function ruleFormSchema(kind: RuleKind, mode: EditorMode): z.ZodType<RuleFormOutput, RuleFormValues> {
  return schemas[kind](mode) as unknown as z.ZodType<RuleFormOutput, RuleFormValues>;
}

/** 0.25 → 25; rounded so binary fractions do not show (0.07 * 100 is 7.000000000000001). */
export const percentOfRate = (rate: number) => Math.round(rate * 100 * 1e6) / 1e6;
/** 25 → 0.25; 33.3 → 0.333 (not 0.33299999999999996). */
export const rateOfPercent = (percent: number) => Math.round(percent * 1e6) / 1e8;

/** What the form starts with: the rule's values when editing, else the API's defaults (sampling 100%). */
export function ruleFormDefaults(rule: Rule | null): RuleFormValues {
  return {
    filters: rule?.filters ?? emptyFilterGroup,
    assignee: rule && 'assignee' in rule ? rule.assignee : null,
    description: (rule && 'description' in rule ? rule.description : null) ?? '',
    samplingPercent: rule && 'sampling_rate' in rule ? percentOfRate(rule.sampling_rate ?? 1) : 100,
  };
}

/** The create or update body of the kind, from the form's checked values. */
export function ruleRequestBody(kind: RuleKind, mode: EditorMode, values: RuleFormOutput) {
  const { filters } = values;
  switch (kind) {
    case 'assignment':
      return { filters, assignee: values.assignee ?? null };
    case 'grouping':
      return mode === 'create'
        ? { filters, assignee: values.assignee ?? null, description: values.description ?? null }
        : { filters };
    case 'suppression':
      return { filters, sampling_rate: rateOfPercent(values.samplingPercent ?? 100) };
  }
}
