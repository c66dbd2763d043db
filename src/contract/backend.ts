import { z } from 'zod';

/** `GET /api/console/backend` (this server's own endpoint): which backend answers the API. */
export const backendInfoSchema = z.object({
  mode: z.enum(['local', 'connected']),
  host: z.string().nullable(),
  default_environment_id: z.number().int().nullable(),
});
export type BackendInfo = z.infer<typeof backendInfoSchema>;
