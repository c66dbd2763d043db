import type { Db } from '../store/database';
import { countEnvironmentEvents, deleteEventsBefore, deleteOldestEvents } from '../store/exception-events-repository';

/** Stored exception events are bounded per environment: whichever limit is reached first. */
export type Retention = { maxEventsPerEnvironment: number; maxAgeDays: number };
export const defaultRetention: Retention = { maxEventsPerEnvironment: 100_000, maxAgeDays: 30 };

const dayMs = 86_400_000;
// Other writers (a demo reset) change the count; it is read again this often, and the age limit applied as often.
const refreshMs = 60_000;

type Tally = { stored: number; countedAt: number; agedAt: number };
const tallies = new WeakMap<Db, Map<number, Tally>>();

/** `counted`: read just now, inside the transaction, so it already holds the rows this one inserted. */
function tallyOf(db: Db, teamId: number, now: number): { tally: Tally; counted: boolean } {
  let byTeam = tallies.get(db);
  if (!byTeam) {
    byTeam = new Map();
    tallies.set(db, byTeam);
  }
  const known = byTeam.get(teamId);
  if (known && now - known.countedAt <= refreshMs) return { tally: known, counted: false };
  const tally = { stored: countEnvironmentEvents(db, teamId), countedAt: now, agedAt: known?.agedAt ?? 0 };
  byTeam.set(teamId, tally);
  return { tally, counted: true };
}

/**
 * Called in the transaction that stored `inserted` events. The count is kept in memory, so the common case costs no
 * query; only the excess is deleted, oldest first, through the (team_id, timestamp) index.
 */
export function enforceRetention(db: Db, teamId: number, retention: Retention, inserted: number, now: number): void {
  const { tally, counted } = tallyOf(db, teamId, now);
  if (!counted) tally.stored += inserted;
  if (now - tally.agedAt > refreshMs) {
    tally.stored -= deleteEventsBefore(db, teamId, new Date(now - retention.maxAgeDays * dayMs).toISOString());
    tally.agedAt = now;
  }
  const excess = tally.stored - retention.maxEventsPerEnvironment;
  if (excess > 0) tally.stored -= deleteOldestEvents(db, teamId, excess);
}
