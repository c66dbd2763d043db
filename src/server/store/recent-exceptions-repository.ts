import { searchedExceptionProperties } from '../hogql/exception-query-shape';
import type { Db } from './database';
import { parseJsonObject } from './json-object';
import { withTextSearch } from './text-search';

export type RecentExceptionFilter = {
  from: string;
  eventId?: string;
  issueId?: string;
  search?: string;
  limit: number;
  offset?: number;
};

/** One `$exception` event as PostHog's HogQL query reads it; `properties` is the JSON text of the events table. */
export type RecentExceptionRow = {
  uuid: string;
  timestamp: string;
  issue_id: string;
  fingerprint: string;
  properties: string;
};

type Raw = RecentExceptionRow & {
  event_issue_id: string;
  library: string | null;
  session_id: string | null;
};

/** PostHog's `properties.$x` in HogQL: the value's raw JSON, `null` as NULL, and a string without its quotes. */
function hogqlPropertyText(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw === '' || raw === 'null') return null;
  return raw.replace(/^"|"$/g, '');
}

const registered = new WeakSet<Db>();

function withHogQLProperties(db: Db): Db {
  if (!registered.has(db)) {
    db.function('hogql_property', { deterministic: true }, hogqlPropertyText);
    registered.add(db);
  }
  return withTextSearch(db);
}

/** The properties PostHog's event carries: ours keep some in columns, and the ingestion-time issue id. */
function eventProperties(row: Raw): string {
  const stored = parseJsonObject(row.properties);
  if (stored === null) return row.properties;
  return JSON.stringify({
    ...(row.library === null ? {} : { $lib: row.library }),
    ...(row.session_id ? { $session_id: row.session_id } : {}),
    ...stored,
    $exception_fingerprint: row.fingerprint,
    $exception_issue_id: row.event_issue_id,
  });
}

const currentIssue = 'COALESCE(f.issue_id, e.issue_id)';
const eventColumns = `e.uuid, e.timestamp, ${currentIssue} AS issue_id, e.issue_id AS event_issue_id, e.fingerprint,
  e.library, e.session_id, e.properties`;
const eventsWithIssues =
  'FROM exception_events e LEFT JOIN fingerprints f ON f.team_id = e.team_id AND f.fingerprint = e.fingerprint';

const rowOf = (row: Raw): RecentExceptionRow => ({
  uuid: row.uuid,
  timestamp: row.timestamp,
  issue_id: row.issue_id,
  fingerprint: row.fingerprint,
  properties: eventProperties(row),
});

/**
 * Newest first; an event counts for the issue its fingerprint belongs to now (merges and splits move it). The
 * search is PostHog's `positionCaseInsensitiveUTF8(properties.$x, …) > 0`: a substring of the property's HogQL text.
 */
export function listRecentExceptionEvents(db: Db, teamId: number, filter: RecentExceptionFilter): RecentExceptionRow[] {
  const clauses = ['e.team_id = ?', 'e.timestamp >= ?'];
  const params: unknown[] = [teamId, filter.from];
  if (filter.eventId !== undefined) {
    clauses.push('e.uuid = ?');
    params.push(filter.eventId);
  }
  if (filter.issueId !== undefined) {
    clauses.push(`${currentIssue} = ?`);
    params.push(filter.issueId);
  }
  if (filter.search !== undefined) {
    const search = filter.search;
    const anyProperty = searchedExceptionProperties.map(
      // A hand-broken properties column reads as no property (ClickHouse's JSONExtractRaw gives ''), not an error.
      (name) =>
        `icontains(hogql_property(CASE WHEN json_valid(e.properties) THEN e.properties -> '$."${name}"' END), ?)`,
    );
    clauses.push(`(${anyProperty.join(' OR ')})`);
    params.push(...searchedExceptionProperties.map(() => search));
  }
  const rows = withHogQLProperties(db)
    .prepare(
      `SELECT ${eventColumns}
       ${eventsWithIssues}
       WHERE ${clauses.join(' AND ')}
       ORDER BY e.timestamp DESC, e.uuid DESC
       LIMIT ? OFFSET ?`,
    )
    .all(...params, filter.limit, filter.offset ?? 0) as Raw[];
  return rows.map(rowOf);
}

export type FirstExceptionFilter = { from: string; issueIds: readonly string[]; limit: number };

/** The earliest event of each issue (ties by uuid), as `ORDER BY timestamp, uuid LIMIT 1 BY issue_id` reads it. */
export function listFirstExceptionEvents(db: Db, teamId: number, filter: FirstExceptionFilter): RecentExceptionRow[] {
  const issueSlots = filter.issueIds.map(() => '?').join(', ');
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT ${eventColumns},
           ROW_NUMBER() OVER (PARTITION BY ${currentIssue} ORDER BY e.timestamp, e.uuid) AS n
         ${eventsWithIssues}
         WHERE e.team_id = ? AND e.timestamp >= ? AND ${currentIssue} IN (${issueSlots})
       ) WHERE n = 1
       ORDER BY timestamp, uuid
       LIMIT ?`,
    )
    .all(teamId, filter.from, ...filter.issueIds, filter.limit) as Raw[];
  return rows.map(rowOf);
}
