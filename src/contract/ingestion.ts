import { z } from 'zod';

const count = z.number().int().min(0);

/** The local server's ingestion counters for one environment (`GET /api/console/environments/:id/ingestion/`). */
export const ingestionStatsSchema = z.object({
  /** `$exception` events stored. */
  ingested: count,
  /** Events of other kinds: accepted, as PostHog does, and not kept. */
  ignored: count,
  /** Events whose uuid was already stored: an SDK's retry. */
  duplicates: count,
  suppressed: z.object({ total: count, by_rule: z.record(z.string(), count) }),
  /** Events of an issue whose status is suppressed. */
  issue_suppressed: count,
  /** Refused requests (by capture's error code, all their events) and events cymbal would drop. */
  rejected: z.object({ total: count, by_reason: z.record(z.string(), count) }),
  stored_events: count,
  retention: z.object({ max_events_per_environment: count, max_age_days: count }),
});
export type IngestionStats = z.infer<typeof ingestionStatsSchema>;
