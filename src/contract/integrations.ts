import { z } from 'zod';
import { timestampSchema } from './common';

export const trackerKinds = ['github', 'gitlab', 'linear', 'jira'] as const;
export const trackerKindSchema = z.enum(trackerKinds);

export function isTrackerKind(kind: string): kind is TrackerKind {
  return (trackerKinds as readonly string[]).includes(kind);
}
export type TrackerKind = z.infer<typeof trackerKindSchema>;

export const integrationSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  display_name: z.string(),
  config: z.record(z.string(), z.unknown()),
  created_at: timestampSchema,
  /**
   * PostHog's: `TOKEN_REFRESH_FAILED` once it could not refresh the integration's OAuth token (it then refuses to use
   * it); empty otherwise. The local server holds tokens itself and never sends it.
   */
  errors: z.string().nullable().optional(),
  /** PostHog's, GitHub only: `unavailable` once the GitHub App was uninstalled or suspended. */
  installation_status: z.string().nullable().optional(),
});
export type Integration = z.infer<typeof integrationSchema>;

export const trackerIntegrationSchema = integrationSchema.extend({ kind: trackerKindSchema });
export type TrackerIntegration = z.infer<typeof trackerIntegrationSchema>;

export const linearTeamsSchema = z.object({ teams: z.array(z.object({ id: z.string(), name: z.string() })) });
export const githubReposSchema = z.object({
  repositories: z.array(z.object({ id: z.union([z.number(), z.string()]), name: z.string(), full_name: z.string() })),
  /** Older PostHog answers `{repositories}` alone. */
  has_more: z.boolean().optional(),
  total: z.number().int().optional(),
});
export const jiraProjectsSchema = z.object({
  projects: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() })),
});
export type GithubRepo = z.infer<typeof githubReposSchema>['repositories'][number];

/** `GET …/integrations/?kind=`: an empty kind lists every integration. */
export const integrationListParamsSchema = z.object({ kind: z.string().optional() });

export const githubReposParamsSchema = z.object({
  search: z.string().default(''),
  limit: z.coerce.number({ error: 'A valid integer is required.' }).int().min(1).max(500).default(100),
  offset: z.coerce.number({ error: 'A valid integer is required.' }).int().min(0).default(0),
});
