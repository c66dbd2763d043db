import { randomUUID } from 'node:crypto';
import type { Db } from '../store/database';
import { captureErrors } from './capture-error';
import type { CaptureRequest } from './capture-request';
import { loadBatchRules, type BatchRules } from './engine-rules';
import { enforceRetention, type Retention } from './event-retention';
import { eventTimestamp } from './event-timestamp';
import type { CapturedException, PipelineContext } from './exception-pipeline';
import { ingestException } from './ingest-exception';
import { IngestionCounts } from './ingestion-counts';
import { distinctIdOf, type RawEvent } from './raw-event';
import type { RuleEngine } from './rule-engine-port';
import { loadTestAccountFilter, type TestAccountFilter } from './test-account-filter';
import { uuidV7 } from './uuid-v7';

export type IngestionOptions = { ruleEngine: RuleEngine; retention: Retention };
export type CaptureTiming = { now: number; sentAt: Date | null };

/**
 * A slice of a batch is one transaction; between slices the event loop serves the dashboard, so a 10,000-event
 * batch never holds it for longer than a slice takes.
 */
const slice = { events: 500, ms: 25 };

type Captured = { name: string; exception: CapturedException };

/** capture's `process_single_event` checks, all before anything is written: one bad event refuses the request. */
function readEvents(request: CaptureRequest, { now, sentAt }: CaptureTiming): Captured[] {
  return request.events.map((raw: RawEvent) => {
    if (raw.event === '') throw captureErrors.missingEventName();
    const distinctId = distinctIdOf(raw);
    if (distinctId === null) throw captureErrors.missingDistinctId();
    const cookieless = raw.properties.$cookieless_mode;
    if (cookieless !== undefined && typeof cookieless !== 'boolean') throw captureErrors.invalidCookielessMode();
    const timestamp = eventTimestamp({
      timestamp: raw.timestamp,
      offset: raw.offset,
      sentAt,
      ignoreSentAt: raw.properties.$ignore_sent_at === true,
      now,
    });
    const uuid = raw.uuid ?? uuidV7(timestamp.getTime());
    return {
      name: raw.event,
      exception: { uuid, distinctId, properties: raw.properties, timestamp: timestamp.toISOString() },
    };
  });
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

type Batch = {
  db: Db;
  options: IngestionOptions;
  teamId: number;
  rules: BatchRules;
  isTestAccount: TestAccountFilter;
  events: Captured[];
  now: number;
};

/** Ingests from `start` until the slice is full; answers where the next slice starts. */
function ingestSlice({ db, options, teamId, rules, isTestAccount, events, now }: Batch, start: number): number {
  const counts = new IngestionCounts();
  const context: PipelineContext = {
    db,
    teamId,
    engine: options.ruleEngine,
    rules,
    isTestAccount,
    issues: new Map(),
    newId: randomUUID,
    now: new Date(now).toISOString(),
  };
  const started = performance.now();
  const end = Math.min(events.length, start + slice.events);
  let next = start;
  let stored = 0;
  db.transaction(() => {
    while (next < end && (next === start || performance.now() - started < slice.ms)) {
      const { name, exception } = events[next++]!;
      if (name !== '$exception') counts.add('ignored');
      else if (ingestException(context, exception, counts)) stored++;
    }
    if (stored > 0) enforceRetention(db, teamId, options.retention, stored, now);
    counts.flush(db, teamId);
  })();
  return next;
}

/** Everything in the request goes through PostHog's pipeline; only `$exception` events are kept. */
export async function ingestCapture(
  db: Db,
  options: IngestionOptions,
  teamId: number,
  request: CaptureRequest,
  timing: CaptureTiming,
): Promise<void> {
  const events = readEvents(request, timing);
  const exceptions = events.some((event) => event.name === '$exception');
  const rules = exceptions ? loadBatchRules(db, teamId) : { grouping: [], suppression: [], assignment: [] };
  const isTestAccount = exceptions ? loadTestAccountFilter(db) : () => false;
  const batch: Batch = { db, options, teamId, rules, isTestAccount, events, now: timing.now };
  for (let next = 0; next < events.length;) {
    if (next > 0) await nextTurn();
    next = ingestSlice(batch, next);
  }
}
