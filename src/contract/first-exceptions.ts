import { z } from 'zod';
import { integerInput, uuidSchema } from './common';
import { exceptionEventSchema, exceptionWindowSchema } from './recent-exceptions';

/**
 * The console's own API, not PostHog's: `GET /api/console/environments/:id/exceptions/first/?issues=a,b&days=N`,
 * the earliest stored `$exception` event of each issue, in one HogQL query. At most 100 issues a call: HogQL's row
 * cap for a query without a LIMIT of its own (the query's `LIMIT 1 BY issue_id` is the one older HogQL takes).
 */
export const maxFirstExceptionIssues = 100;
/** PostHog keeps events for years; a window this wide still lets ClickHouse skip by date. */
export const maxFirstExceptionDays = 3650;

export const firstExceptionsParamsSchema = z.object({
  issues: z
    .string({ error: 'This field is required.' })
    .transform((text) => text.split(',').filter((id) => id !== ''))
    .pipe(
      z
        .array(uuidSchema.transform((id) => id.toLowerCase()))
        .min(1, { error: 'Name at least one issue.' })
        .max(maxFirstExceptionIssues, { error: `Name at most ${maxFirstExceptionIssues} issues.` }),
    ),
  days: integerInput(
    z
      .number({ error: 'A valid integer is required.' })
      .int({ error: 'A valid integer is required.' })
      .min(1, { error: 'Ensure this value is greater than or equal to 1.' })
      .max(maxFirstExceptionDays, { error: `Ensure this value is less than or equal to ${maxFirstExceptionDays}.` }),
  ).default(maxFirstExceptionDays),
});

/** One event per issue that has one in the window, oldest first; an issue without one is not in `results`. */
export const firstExceptionsSchema = z.object({
  results: z.array(exceptionEventSchema),
  /** Rows PostHog sent that could not be read: their issues are missing from `results`. */
  skipped: z.number().int(),
  window: exceptionWindowSchema,
});
export type FirstExceptions = z.infer<typeof firstExceptionsSchema>;
