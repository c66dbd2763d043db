import { z } from 'zod';
import { assigneeInputSchema, assigneeSchema } from './assignee';
import { timestampSchema, uuidSchema } from './common';
import { externalReferenceIntegrationSchema } from './external-references';

export const issueStatuses = ['active', 'resolved', 'suppressed', 'archived', 'pending_release'] as const;
export const issueStatusSchema = z.enum(issueStatuses, {
  error: (issue) => `"${String(issue.input)}" is not a valid choice.`,
});
export type IssueStatus = z.infer<typeof issueStatusSchema>;

/** The statuses PATCH accepts: PostHog's update serializer refuses `archived` and `pending_release`. */
export const writableIssueStatuses = ['active', 'resolved', 'suppressed'] as const;
export type WritableIssueStatus = (typeof writableIssueStatuses)[number];
export const writableIssueStatusSchema = z.enum(writableIssueStatuses, {
  error: (issue) => `"${String(issue.input)}" is not a valid choice.`,
});

export const issueSchema = z.object({
  id: uuidSchema,
  status: issueStatusSchema,
  name: z.string().nullable(),
  description: z.string().nullable(),
  /** Null when the issue holds no fingerprint (e.g. after every fingerprint was split off). */
  first_seen: timestampSchema.nullable(),
  assignee: assigneeSchema.nullable(),
  external_issues: z.array(
    z.object({ id: uuidSchema, external_url: z.string(), integration: externalReferenceIntegrationSchema }),
  ),
  /** Sent by older versions of this server only (PostHog never sends it); kept readable until no client reads it. */
  fingerprint_count: z.number().int().optional(),
});
export type Issue = z.infer<typeof issueSchema>;

export const issueUpdateInputSchema = z.object({
  status: writableIssueStatusSchema.optional(),
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

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => `"${String(issue.input)}" is not a valid choice.` });

export const issueQueryStatuses = [...issueStatuses, 'all'] as const;
export const issueQueryOrders = ['last_seen', 'first_seen', 'occurrences', 'users', 'sessions'] as const;
export type IssueQueryOrder = (typeof issueQueryOrders)[number];

export const issueQueryDateRangeSchema = z.object({
  date_from: z.string({ error: 'Not a valid string.' }).optional(),
  date_to: z.string({ error: 'Not a valid string.' }).nullable().optional(),
});
export type IssueQueryDateRange = z.infer<typeof issueQueryDateRangeSchema>;

/** Its defaults narrow the list a lot, so the dashboard always sends every one of them. */
export const issueQueryInputSchema = z.object({
  dateRange: issueQueryDateRangeSchema.optional(),
  status: choice(issueQueryStatuses).default('active'),
  assignee: z
    .object({ id: z.union([z.string(), z.number().int()]), type: choice(['user', 'role'] as const) })
    .nullish(),
  filterTestAccounts: z.boolean({ error: 'Must be a valid boolean.' }).default(true),
  searchQuery: z.string({ error: 'Not a valid string.' }).max(500).optional(),
  orderBy: choice(issueQueryOrders).default('occurrences'),
  orderDirection: choice(['ASC', 'DESC'] as const).default('DESC'),
  limit: z.number({ error: 'A valid integer is required.' }).int().min(1).max(100).default(10),
  offset: z.number({ error: 'A valid integer is required.' }).int().min(0).default(0),
});
export type IssueQueryInput = z.input<typeof issueQueryInputSchema>;

/** A row of `query/issues`: a compact issue with aggregates, and none of the REST issue's `external_issues`. */
export const issueQueryRowSchema = z.object({
  id: uuidSchema,
  name: z.string().nullish(),
  description: z.string().nullish(),
  status: issueStatusSchema.optional(),
  first_seen: timestampSchema.nullish(),
  last_seen: timestampSchema.nullish(),
  library: z.string().nullish(),
  source: z.string().nullish(),
  assignee: z.object({ id: z.union([z.number(), z.string()]).nullish(), type: z.string().nullish() }).nullish(),
  aggregations: z
    .object({ occurrences: z.number().optional(), users: z.number().optional(), sessions: z.number().optional() })
    .nullish(),
});
export type IssueQueryRow = z.infer<typeof issueQueryRowSchema>;

/** Rows stay unparsed here: each is read on its own (`readRows`), so one odd row never blanks the list. */
export const issueQueryResultSchema = z.object({
  results: z.array(z.unknown()),
  hasMore: z.boolean(),
  limit: z.number().int().optional(),
  offset: z.number().int().optional(),
  nextOffset: z.number().int().optional(),
});
