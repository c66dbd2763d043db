import { z } from 'zod';
import { integerInput, timestampSchema, uuidSchema } from './common';

/**
 * The console's own API, not PostHog's: `GET /api/console/environments/:id/exceptions/`, the recent `$exception`
 * events a rule can be tried on. The server builds the HogQL itself from these parameters and asks PostHog's
 * query API (connected mode) or the local server's (local mode).
 */
export const exceptionWindowDays = [1, 7, 30, 90] as const;
export const maxRecentExceptions = 10_000;
export const maxExceptionSearchLength = 200;

const notAChoice = (issue: { input?: unknown }) => `"${String(issue.input)}" is not a valid choice.`;

export const recentExceptionsParamsSchema = z.object({
  days: integerInput(z.literal(exceptionWindowDays, { error: notAChoice })).default(7),
  limit: integerInput(
    z
      .number({ error: 'A valid integer is required.' })
      .int({ error: 'A valid integer is required.' })
      .min(1, { error: 'Ensure this value is greater than or equal to 1.' })
      .max(maxRecentExceptions, { error: `Ensure this value is less than or equal to ${maxRecentExceptions}.` }),
  ).default(1000),
  /** One event, by its uuid: how Explain opens an exception from a link. */
  event: uuidSchema.transform((id) => id.toLowerCase()).optional(),
  issue: uuidSchema.transform((id) => id.toLowerCase()).optional(),
  search: z
    .string()
    .trim()
    .max(maxExceptionSearchLength, {
      error: `Ensure this field has no more than ${maxExceptionSearchLength} characters.`,
    })
    .transform((text) => (text === '' ? undefined : text))
    .optional(),
});
export type RecentExceptionsParams = z.input<typeof recentExceptionsParamsSchema>;

/** Every event property, as JSON: what the rule engine reads. */
export const eventPropertiesSchema = z.record(z.string(), z.json());

/** `issue_id` is the issue the event's fingerprint belongs to now (merges and splits move it), as in PostHog. */
export const exceptionEventSchema = z.object({
  uuid: uuidSchema,
  timestamp: timestampSchema,
  issue_id: uuidSchema.nullable(),
  fingerprint: z.string().nullable(),
  /** Every event property; the `$exception_*` lists are arrays here, not the JSON text PostHog's rows hold. */
  properties: eventPropertiesSchema,
});
export type ExceptionEvent = z.infer<typeof exceptionEventSchema>;

export const exceptionWindowSchema = z.object({ days: z.number().int(), from: timestampSchema, to: timestampSchema });

export const recentExceptionsSchema = z.object({
  results: z.array(exceptionEventSchema),
  hasMore: z.boolean(),
  limit: z.number().int(),
  /** Rows PostHog sent that could not be read (wrong shape, properties that are not JSON): left out, counted. */
  skipped: z.number().int(),
  window: exceptionWindowSchema,
});
export type RecentExceptions = z.infer<typeof recentExceptionsSchema>;

/** The error code of a key without `query:read`: events cannot be fetched, an event's JSON can still be pasted. */
export const missingQueryScopeCode = 'missing_query_scope';
