import { z } from 'zod';
import { integerInput, timestampSchema } from './common';

/**
 * The console's own API, not PostHog's: `GET /api/console/environments/:id/rule-stats/?days=1|7|30`. Every rule of
 * the environment replayed through PostHog's pipeline (the rule engine) over its recent exceptions: what each
 * matches, what it decides, and what looks wrong with it.
 */
export const ruleStatsWindowDays = [1, 7, 30] as const;
export type RuleStatsWindowDays = (typeof ruleStatsWindowDays)[number];

/** The newest exceptions of the window that are replayed; PostHog answers at most 50,000 rows per query. */
export const maxStatsEvents = 100_000;

export const ruleStatsParamsSchema = z.object({
  days: integerInput(
    z.literal(ruleStatsWindowDays, { error: (issue) => `"${String(issue.input)}" is not a valid choice.` }),
  ).default(7),
});

const countsSchema = z.array(z.number().int());

export const ruleStatSchema = z.object({
  id: z.string(),
  /** Exceptions its filters match, whatever the order and the other stages decide. */
  matches: z.number().int(),
  /**
   * Exceptions it decides as its stage's winner: grouping sets the fingerprint (a fingerprint the client sent wins
   * over it), suppression drops the exception (after the sampling draw), assignment assigns a new issue (only the
   * first kept exception of each issue counts, as PostHog assigns only when it creates an issue).
   */
  wins: z.number().int(),
  lastMatched: timestampSchema.nullable(),
  /** Per bucket of the window, oldest first (see `buckets`). */
  series: z.object({ matches: countsSchema, wins: countsSchema }),
  /** It would be disabled: it errors on `count` exceptions that reach it; the first error's message. */
  errors: z.object({ count: z.number().int(), message: z.string() }).nullable(),
  /**
   * Every exception it matches (that reaches its stage) is won by a rule above it: those rules, most exceptions
   * first. Empty unless the rule is shadowed.
   */
  shadowedBy: z.array(z.object({ id: z.string(), events: z.number().int() })),
  /** Live, and not one exception of the window matches it (nor does it error). */
  neverMatched: z.boolean(),
  /** Live rules on its order_key: PostHog's order between them is undefined. */
  tiedWith: z.array(z.string()),
  /** `disabled_data` is set: PostHog never runs it; `matches` says what it would match. */
  disabled: z.boolean(),
});
export type RuleStat = z.infer<typeof ruleStatSchema>;

export const ruleStatsSchema = z.object({
  window: z.object({ days: z.number().int(), from: timestampSchema, to: timestampSchema }),
  /** Buckets of the series: `count` of `ms` each, from `window.from`. */
  buckets: z.object({ count: z.number().int(), ms: z.number().int() }),
  eventsConsidered: z.number().int(),
  /** The window holds more exceptions than `maxStatsEvents`: only the newest were replayed. */
  capped: z.boolean(),
  /** Exceptions that could not be read (properties that are not a JSON object): left out, counted. */
  skipped: z.number().int(),
  computedAt: timestampSchema,
  grouping: z.array(ruleStatSchema),
  suppression: z.array(ruleStatSchema),
  assignment: z.array(ruleStatSchema),
});
export type RuleStats = z.infer<typeof ruleStatsSchema>;
