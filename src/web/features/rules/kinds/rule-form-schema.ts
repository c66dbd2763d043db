import { z } from 'zod';
import type { RuleFormOutput, RuleFormSchema, RuleFormValues } from './rule-form-values';

/**
 * A kind's checks as checks of the whole form: the form holds every kind's fields, and the schema reads its own.
 * Typed so that any values of the form are input the schema takes.
 */
export function ruleFormSchema<S extends z.ZodType<RuleFormOutput>>(
  schema: S & (RuleFormValues extends z.input<S> ? unknown : never),
): RuleFormSchema {
  return z.preprocess((values: RuleFormValues) => values, schema);
}
