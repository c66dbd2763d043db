import { z } from 'zod';

/** Every error body PostHog's API answers with (DRF exception handler). */
export const apiErrorSchema = z.object({
  type: z.string(),
  code: z.string(),
  detail: z.string(),
  attr: z.string().nullable(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
