import { z } from 'zod';
import { integerInput, uuidSchema } from './common';
import type { TrackerKind } from './integrations';

export const externalReferenceIntegrationSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  display_name: z.string(),
});

export const externalReferenceSchema = z.object({
  id: uuidSchema,
  integration: externalReferenceIntegrationSchema,
  external_url: z.string(),
  /** Write-only in current PostHog: only older versions (and nothing else) send it back. */
  issue: z.string().optional(),
});
export type ExternalReference = z.infer<typeof externalReferenceSchema>;

const text = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` });

export const ticketConfigSchemas = {
  github: z.object({ repository: text('Repository'), title: text('Title'), body: z.string() }),
  gitlab: z.object({ title: text('Title'), body: z.string() }),
  linear: z.object({ team_id: text('Team'), title: text('Title'), description: z.string() }),
  jira: z.object({ project_key: text('Project'), title: text('Title'), description: z.string() }),
} satisfies Record<TrackerKind, z.ZodType>;
export type TicketConfig<K extends TrackerKind> = z.infer<(typeof ticketConfigSchemas)[K]>;

const positiveInteger = (error: string) => integerInput(z.number({ error }).int({ error }).positive({ error }));
const integrationIdSchema = integerInput(
  z.number({ error: 'A valid integer is required.' }).int({ error: 'A valid integer is required.' }),
);

export const ticketContextSchemas = {
  github: z.object({
    repository: text('Repository'),
    number: positiveInteger('Issue number must be a positive integer.'),
  }),
  gitlab: z.object({
    issue_id: positiveInteger('Issue id must be a positive integer.'),
  }),
  linear: z.object({ id: z.string().regex(/^[A-Za-z][A-Za-z0-9]*-\d+$/, { error: 'A Linear id looks like ENG-42.' }) }),
  jira: z.object({ key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*-\d+$/, { error: 'A Jira key looks like PROJ-7.' }) }),
} satisfies Record<TrackerKind, z.ZodType>;
export type TicketContext<K extends TrackerKind> = z.infer<(typeof ticketContextSchemas)[K]>;

/** The keys each kind's `config` must carry (`Missing required config fields for jira: project_key.`). */
export const requiredConfigFields: Record<TrackerKind, string[]> = {
  github: ['repository', 'title', 'body'],
  gitlab: ['title', 'body'],
  linear: ['team_id', 'title', 'description'],
  jira: ['project_key', 'title', 'description'],
};

const objectInput = z.record(z.string(), z.unknown(), { error: 'Expected a dictionary of items.' });

/**
 * Current PostHog requires `config`; older versions took `external_context` here, before linking moved to
 * `link_issue/`.
 */
export const externalReferenceCreateInputSchema = z.object({
  integration_id: integrationIdSchema,
  issue: uuidSchema,
  config: objectInput,
});
export type ExternalReferenceCreateInput = z.input<typeof externalReferenceCreateInputSchema>;

/** Linking the same ticket again is a no-op. */
export const externalReferenceLinkInputSchema = z.object({
  integration_id: integrationIdSchema,
  issue: uuidSchema,
  external_context: objectInput,
});
export type ExternalReferenceLinkInput = z.input<typeof externalReferenceLinkInputSchema>;

/** GitHub searches need `repository`, a bare repository name of the integration's account (no `owner/`). */
export const searchIssuesParamsSchema = z.object({
  integration_id: integrationIdSchema,
  search: z.string().default(''),
  repository: z.string().optional(),
});
export const trackerTicketSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  external_context: z.record(z.string(), z.unknown()),
});
export const searchIssuesResultSchema = z.object({ issues: z.array(trackerTicketSchema) });
export type TrackerTicket = z.infer<typeof trackerTicketSchema>;
