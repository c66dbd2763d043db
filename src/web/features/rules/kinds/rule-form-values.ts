import type { z } from 'zod';
import type { Assignee } from '../../../../contract/assignee';
import { emptyFilterGroup } from '../../../../contract/filters';
import type { StoredFilterGroup } from '../../../../contract/stored-filters';

export type EditorMode = 'create' | 'edit';

/** Every kind's fields in one shape; each kind's schema reads (and sends) only its own. */
export type RuleFormValues = {
  filters: StoredFilterGroup;
  assignee: Assignee | null;
  description: string;
  /** Sampling rate as a percentage 0–100; the API takes 0–1. */
  samplingPercent: number;
};
export type RuleFormField = keyof RuleFormValues;

export type RuleFormOutput = {
  filters: StoredFilterGroup;
  assignee?: Assignee | null;
  description?: string | null;
  samplingPercent?: number;
};

/** A kind's checks of the form (see `ruleFormSchema`). */
export type RuleFormSchema = z.ZodType<RuleFormOutput, RuleFormValues>;

/** What a new rule's form starts with: the API's defaults (sampling 100%). */
export const emptyRuleFormValues: RuleFormValues = {
  filters: emptyFilterGroup,
  assignee: null,
  description: '',
  samplingPercent: 100,
};

/** The name a 400's `attr` gives each field. */
export const attrOfField: Record<RuleFormField, string> = {
  filters: 'filters',
  assignee: 'assignee',
  description: 'description',
  samplingPercent: 'sampling_rate',
};

/** 0.25 → 25; rounded so binary fractions do not show (0.07 * 100 is 7.000000000000001). */
export const percentOfRate = (rate: number) => Math.round(rate * 100 * 1e6) / 1e6;
/** 25 → 0.25; 33.3 → 0.333 (not 0.33299999999999996). */
export const rateOfPercent = (percent: number) => Math.round(percent * 1e6) / 1e8;
