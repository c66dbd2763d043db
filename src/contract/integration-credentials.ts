import { z } from 'zod';
import { trackerKindSchema } from './integrations';

/**
 * The console's own API, not PostHog's (`/api/console/environments/:id/integrations/`, local server only): what a
 * tracker integration needs to create tickets. A token is only ever said to be set or not, never sent back.
 */
export const integrationCredentialsSchema = z.object({
  id: z.number().int(),
  kind: trackerKindSchema,
  token_status: z.enum(['set', 'not_set']),
  /** Where tickets are created and searched with the token; null when the integration has no usable address. */
  api_base_url: z.string().nullable(),
});
export type IntegrationCredentials = z.infer<typeof integrationCredentialsSchema>;

export const integrationCredentialsListSchema = z.object({ results: z.array(integrationCredentialsSchema) });

export const maxTokenLength = 4096;

/** `PUT …/integrations/:id/token/`. Only what can travel in an HTTP header: printable ASCII without spaces. */
export const integrationTokenInputSchema = z.object({
  token: z
    .string({ error: 'The token must be text.' })
    .trim()
    .min(1, { error: 'Enter the access token.' })
    .max(maxTokenLength, { error: `A token is at most ${maxTokenLength} characters.` })
    .regex(/^[\x21-\x7e]+$/, { error: 'A token is printable ASCII without spaces: check what was pasted.' }),
});
export type IntegrationTokenInput = z.input<typeof integrationTokenInputSchema>;
