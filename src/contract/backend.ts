import { z } from 'zod';

export const backendInfoSchema = z.object({
  mode: z.enum(['local', 'connected']),
  host: z.string().nullable(),
  default_environment_id: z.number().int().nullable(),
});
