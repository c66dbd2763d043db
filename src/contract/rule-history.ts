import { z } from 'zod';
import { timestampSchema, uuidSchema } from './common';
import { assignmentRuleSchema, groupingRuleSchema, ruleKinds, suppressionRuleSchema } from './rules';

/** An environment's three rule lists, each in evaluation order (order_key, then created_at), every field kept. */
export const ruleSnapshotSchema = z.object({
  assignment: z.array(assignmentRuleSchema),
  grouping: z.array(groupingRuleSchema),
  suppression: z.array(suppressionRuleSchema),
});
export type RuleSnapshot = z.infer<typeof ruleSnapshotSchema>;

/**
 * Who made a change: a person by the name they set in Settings (remembered per browser), a personal API key by its
 * label, or nobody the console saw (the change showed up in a list read: another PostHog user, PostHog's UI,
 * Terraform).
 */
export const historyActorSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('person'), name: z.string() }),
  z.object({ type: z.literal('api_key'), label: z.string() }),
  z.object({ type: z.literal('browser'), name: z.null() }),
  z.object({ type: z.literal('outside'), name: z.null() }),
]);
export type HistoryActor = z.infer<typeof historyActorSchema>;

export const historyActions = ['create', 'update', 'delete', 'reorder', 'outside', 'baseline'] as const;
export type HistoryAction = (typeof historyActions)[number];

export const historyEntrySchema = z.object({
  id: z.number().int(),
  recorded_at: timestampSchema,
  actor: historyActorSchema,
  action: z.enum(historyActions),
  /** The kinds whose list this entry changed (empty for a baseline). */
  kinds: z.array(z.enum(ruleKinds)),
  /** The rules this entry created, changed, moved or deleted. */
  rule_ids: z.array(uuidSchema),
  /** Set when the write was one step of an applied plan (a revert, an import, a copy), e.g. "Revert to #41". */
  plan_label: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyEntryDetailSchema = historyEntrySchema.extend({
  snapshot: ruleSnapshotSchema,
  /** The state before this entry; null for the first entry kept. */
  previous: ruleSnapshotSchema.nullable(),
});
export type HistoryEntryDetail = z.infer<typeof historyEntryDetailSchema>;

export const historyListSchema = z.object({
  results: z.array(historyEntrySchema),
  /** The id to pass as `before` for the next (older) page; null at the oldest entry kept. */
  next_before: z.number().int().nullable(),
});

/** Headers the browser and the CLI send with every write (values URI-encoded: names need not be ASCII); never forwarded to PostHog. */
export const actorHeader = 'X-Console-Actor';
export const planLabelHeader = 'X-Console-Plan';
