import { z } from 'zod';

/** Set by PostHog's ingestion when evaluating a rule failed; never by the API. */
export const disabledDataSchema = z
  .looseObject({
    message: z.string(),
    props: z.record(z.string(), z.unknown()).optional(),
    issue: z.record(z.string(), z.unknown()).optional(),
  })
  .nullable();
export type DisabledData = z.infer<typeof disabledDataSchema>;
