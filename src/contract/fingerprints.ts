import { z } from 'zod';
import { timestampSchema, uuidSchema } from './common';

export const fingerprintSchema = z.object({
  id: uuidSchema,
  fingerprint: z.string(),
  issue_id: uuidSchema,
  created_at: timestampSchema,
  first_seen: timestampSchema.nullable(),
});
export type Fingerprint = z.infer<typeof fingerprintSchema>;

/** A fingerprint as any PostHog version sends it: older ones have no `first_seen`, the oldest no `id` either. */
export const fingerprintRowSchema = fingerprintSchema.extend({
  id: uuidSchema.optional(),
  first_seen: timestampSchema.nullish(),
});
export type FingerprintRow = z.infer<typeof fingerprintRowSchema>;

export const fingerprintListParamsSchema = z.object({
  issue_id: z.uuid({ error: 'issue_id must be a valid UUID' }).optional(),
});
export const fingerprintResolveParamsSchema = z.object({
  fingerprint: z.string({ error: 'This field is required.' }).min(1, { error: 'This field is required.' }),
});
