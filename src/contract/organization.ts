import { z } from 'zod';
import { timestampSchema } from './common';

export const memberUserSchema = z.object({
  id: z.number().int(),
  uuid: z.string(),
  first_name: z.string(),
  last_name: z.string().optional().default(''),
  email: z.string(),
});
export const memberSchema = z.object({ id: z.string(), user: memberUserSchema, level: z.number().int() });
export type Member = z.infer<typeof memberSchema>;

export const roleSchema = z.object({
  id: z.string(),
  name: z.string(),
  members: z.array(z.unknown()).optional().default([]),
});
export type Role = z.infer<typeof roleSchema>;

export const projectSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  organization: z.string().optional(),
  /** The project token SDKs send to capture (`phc_…`); PostHog returns it on every project and environment. */
  api_token: z.string().optional(),
});
export type Project = z.infer<typeof projectSchema>;

export const apiScopes = [
  'error_tracking:read',
  'error_tracking:write',
  'project:read',
  'organization:read',
  'organization_member:read',
  'integration:read',
  'integration:write',
  'query:read',
  '*',
] as const;

export const personalApiKeySchema = z.object({
  id: z.string(),
  label: z.string(),
  mask_value: z.string().nullable(),
  scopes: z.array(z.string()),
  scoped_teams: z.array(z.number().int()).nullable(),
  scoped_organizations: z.array(z.string()).nullable(),
  created_at: timestampSchema.optional(),
  last_used_at: timestampSchema.nullable().optional(),
});
export type PersonalApiKey = z.infer<typeof personalApiKeySchema>;
