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

export const fingerprintListParamsSchema = z.object({
  issue_id: z.uuid({ error: 'issue_id must be a valid UUID' }).optional(),
});
export const fingerprintResolveParamsSchema = z.object({
  fingerprint: z.string({ error: 'This field is required.' }).min(1, { error: 'This field is required.' }),
});
