import { z } from 'zod';
import { assigneeInputSchema, assigneeSchema, uuidPattern, type Assignee } from './assignee';
import { timestampSchema, uuidSchema } from './common';
import { externalReferenceIntegrationSchema } from './external-references';

export const issueStatuses = ['active', 'resolved', 'suppressed', 'archived', 'pending_release'] as const;
export const issueStatusSchema = z.enum(issueStatuses, {
  error: (issue) => `"${String(issue.input)}" is not a valid choice.`,
});
export type IssueStatus = z.infer<typeof issueStatusSchema>;

export const issueSchema = z.object({
  id: uuidSchema,
  status: issueStatusSchema,
  name: z.string().nullable(),
  description: z.string().nullable(),
  first_seen: timestampSchema,
  assignee: assigneeSchema.nullable(),
  external_issues: z.array(
    z.object({ id: uuidSchema, external_url: z.string(), integration: externalReferenceIntegrationSchema }),
  ),
  /** Local-server extension: how many fingerprints the issue holds. Absent on PostHog. */
  fingerprint_count: z.number().int().optional(),
});
export type Issue = z.infer<typeof issueSchema>;

/**
 * `?search=`, `?status=` and `?assignee_type=user|role&assignee_id=…` are local-server extensions of the REST list.
 * The assignee pair parses into `assignee` (the contract's shape, a user id as an integer).
 */
export const issueListParamsSchema = z
  .object({
    search: z.string().optional(),
    status: issueStatusSchema.optional(),
    assignee_type: z
      .enum(['user', 'role'], { error: (issue) => `"${String(issue.input)}" is not a valid choice.` })
      .optional(),
    assignee_id: z.string().optional(),
  })
  .superRefine((params, ctx) => {
    const { assignee_type: type, assignee_id: id } = params;
    if ((type === undefined) !== (id === undefined)) {
      const path = [type === undefined ? 'assignee_type' : 'assignee_id'];
      ctx.addIssue({ code: 'custom', path, input: undefined, message: 'This field is required.' });
    } else if (type === 'user' && !/^\d+$/.test(id ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['assignee_id'], message: 'User assignee IDs must be integers.' });
    } else if (type === 'role' && !uuidPattern.test(id ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['assignee_id'], message: 'Role assignee IDs must be UUIDs.' });
    }
  })
  .transform(({ search, status, assignee_type: type, assignee_id: id }) => ({
    search,
    status,
    assignee: assigneeOf(type, id),
  }));
export type IssueListParams = z.input<typeof issueListParamsSchema>;

function assigneeOf(type: 'user' | 'role' | undefined, id: string | undefined): Assignee | undefined {
  if (type === undefined || id === undefined) return undefined;
  return type === 'user' ? { type, id: Number(id) } : { type, id };
}

export const issueUpdateInputSchema = z.object({
  status: issueStatusSchema.optional(),
  name: z.string({ error: 'Not a valid string.' }).max(400).nullable().optional(),
  description: z.string({ error: 'Not a valid string.' }).max(10_000).nullable().optional(),
});
export type IssueUpdateInput = z.input<typeof issueUpdateInputSchema>;

export const issueAssignInputSchema = z.object({ assignee: assigneeInputSchema.nullable() });
export type IssueAssignInput = z.input<typeof issueAssignInputSchema>;

export const issueMergeInputSchema = z.object({
  ids: z
    .array(uuidSchema, { error: 'Expected a list of issue ids.' })
    .min(1, { error: 'Choose at least one issue to merge.' }),
});
export const issueSplitInputSchema = z.object({
  fingerprints: z
    .array(z.object({ fingerprint: z.string().min(1), name: z.string().optional() }), {
      error: 'Expected a list of fingerprints.',
    })
    .min(1, { error: 'Choose at least one fingerprint to split.' }),
});
export const issueSplitResultSchema = z.object({ success: z.boolean(), new_issue_ids: z.array(uuidSchema) });

/** `POST …/error_tracking/query/issues/` (newer PostHog): search issues by name. */
export const issueQueryInputSchema = z.object({
  searchQuery: z.string().optional(),
  status: issueStatusSchema.optional(),
  /** Local-server extension: only issues of this assignee; null (as in PostHog's query) means anyone. */
  assignee: assigneeInputSchema.nullable().optional(),
  limit: z.number().int().min(1).max(100).default(50),
  offset: z.number().int().min(0).default(0),
});
export const issueQueryResultSchema = z.object({ results: z.array(issueSchema), hasMore: z.boolean() });
