import type { Db } from '../../store/database';
import { fingerprintIssues } from '../../store/projected-events-repository';
import { issueKey, type EventTableData } from './event-table';
import { cachedRead } from './local-event-cache';
import type { StatsProjection } from './stats-projection';

/**
 * The newest `cap` events of the window from this server's exception events, only what the rules read. An event
 * counts for the issue its fingerprint belongs to now.
 */
export function readLocalEvents(
  db: Db,
  teamId: number,
  projection: StatsProjection,
  from: number,
  cap: number,
): EventTableData {
  const read = cachedRead(db, teamId, projection, from, cap);
  const issueOf = fingerprintIssues(db, teamId);
  const inWindow = read.events.filter((event) => event.time >= from);
  const readable = inWindow.filter((event) => event.tuple !== -1);
  // The kept events may all lie in the window while more, older ones were left out.
  const capped = read.capped && inWindow.length === read.events.length;
  const issues = readable.map((event) => issueOf.get(event.fingerprint) ?? event.issue);
  return {
    tuples: read.tuples,
    tupleOf: Int32Array.from(readable, (event) => event.tuple),
    times: Float64Array.from(readable, (event) => event.time),
    uuids: readable.map((event) => event.uuid),
    issues,
    issueKeys: issues.map((issue, index) => issueKey(issue, readable[index]!.fingerprint, readable[index]!.uuid)),
    skipped: inWindow.length - readable.length,
    capped,
  };
}
