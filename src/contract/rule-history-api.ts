import { z } from 'zod';
import { integerInput, uuidSchema } from './common';
import { historyActorSchema, type HistoryActor } from './rule-history';
import { ruleKinds } from './rules';

/**
 * The console's own API, in both modes: `GET /api/console/environments/:id/rule-history/` (newest first),
 * `…/rule-history/:entryId/` (one entry with its snapshot and the one before) and `…/rule-history/actors/`.
 */

/** Longest name (after URI-decoding) the actor header may carry; Settings limits its field to it. */
export const maxActorNameLength = 100;
/** Longest plan label (after URI-decoding) the plan header may carry. */
export const maxPlanLabelLength = 200;

export const defaultHistoryPageSize = 50;
export const maxHistoryPageSize = 200;

/**
 * An actor as the `actor` filter names it: `person:<name>`, `api_key:<label>`, `browser` or `outside` (sent
 * URL-encoded like any query value).
 */
export function actorFilterValue(actor: HistoryActor): string {
  if (actor.type === 'person') return `person:${actor.name}`;
  if (actor.type === 'api_key') return `api_key:${actor.label}`;
  return actor.type;
}

export function parseActorFilter(value: string): HistoryActor | null {
  if (value === 'browser' || value === 'outside') return { type: value, name: null };
  const [, type, name] = /^(person|api_key):(.+)$/s.exec(value) ?? [];
  if (name === undefined) return null;
  return type === 'person' ? { type: 'person', name } : { type: 'api_key', label: name };
}

const integerError = 'A valid integer is required.';

export const historyListParamsSchema = z.object({
  kind: z.enum(ruleKinds, { error: (issue) => `"${String(issue.input)}" is not a valid choice.` }).optional(),
  actor: z
    .string()
    .transform((value, ctx) => {
      const actor = parseActorFilter(value);
      if (actor === null) {
        ctx.addIssue({ code: 'custom', message: 'Expected person:<name>, api_key:<label>, browser or outside.' });
        return z.NEVER;
      }
      return actor;
    })
    .optional(),
  rule: uuidSchema.optional(),
  before: integerInput(z.number({ error: integerError }).int({ error: integerError }).positive()).optional(),
  limit: integerInput(
    z
      .number({ error: integerError })
      .int({ error: integerError })
      .min(1, { error: 'Ensure this value is greater than or equal to 1.' })
      .max(maxHistoryPageSize, { error: `Ensure this value is less than or equal to ${maxHistoryPageSize}.` }),
  ).default(defaultHistoryPageSize),
});
export type HistoryListParams = z.infer<typeof historyListParamsSchema>;

/** Everyone who appears in the environment's kept history, for the person filter. */
export const historyActorsSchema = z.object({ results: z.array(historyActorSchema) });
