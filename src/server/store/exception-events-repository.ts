import type { Db } from './database';
import { prepared } from './prepared';

export type ExceptionEvent = {
  uuid: string;
  teamId: number;
  issueId: string;
  fingerprint: string;
  /** Stored normalized to `toISOString()`, so text order is time order. */
  timestamp: string;
  distinctId: string;
  sessionId?: string | null;
  library?: string | null;
  isTestAccount?: boolean;
  properties?: Record<string, unknown>;
};

export function insertExceptionEvent(db: Db, event: ExceptionEvent): void {
  db.prepare(
    `INSERT INTO exception_events
       (uuid, team_id, issue_id, fingerprint, timestamp, distinct_id, session_id, library, is_test_account, properties)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    event.uuid,
    event.teamId,
    event.issueId,
    event.fingerprint,
    new Date(event.timestamp).toISOString(),
    event.distinctId,
    event.sessionId ?? null,
    event.library ?? null,
    event.isTestAccount ? 1 : 0,
    JSON.stringify(event.properties ?? {}),
  );
}

export type IngestedEvent = Required<ExceptionEvent> & {
  /** JSON of what ingestion decided. */
  trace: string;
};

/** False when an event with that uuid is already stored: an SDK's retry of a batch that did arrive. */
export function insertIngestedEvent(db: Db, event: IngestedEvent): boolean {
  return (
    prepared(
      db,
      `INSERT INTO exception_events (uuid, team_id, issue_id, fingerprint, timestamp, distinct_id, session_id, library,
         is_test_account, properties, trace)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING`,
    ).run(
      event.uuid,
      event.teamId,
      event.issueId,
      event.fingerprint,
      event.timestamp,
      event.distinctId,
      event.sessionId,
      event.library,
      event.isTestAccount ? 1 : 0,
      JSON.stringify(event.properties),
      event.trace,
    ).changes > 0
  );
}

export function countEnvironmentEvents(db: Db, teamId: number): number {
  return (prepared(db, 'SELECT COUNT(*) AS n FROM exception_events WHERE team_id = ?').get(teamId) as { n: number }).n;
}

/** Both deletes walk the (team_id, timestamp) index: nothing to delete costs one probe. */
export function deleteEventsBefore(db: Db, teamId: number, before: string): number {
  return prepared(db, 'DELETE FROM exception_events WHERE team_id = ? AND timestamp < ?').run(teamId, before).changes;
}

export function deleteOldestEvents(db: Db, teamId: number, count: number): number {
  return prepared(
    db,
    `DELETE FROM exception_events WHERE rowid IN (
       SELECT rowid FROM exception_events WHERE team_id = ? ORDER BY timestamp LIMIT ?)`,
  ).run(teamId, count).changes;
}

const searchedProperties = [
  '$exception_types',
  '$exception_values',
  '$exception_sources',
  '$exception_functions',
  'email',
];

export type EventWindow = {
  from: string;
  to: string;
  excludeTestAccounts: boolean;
  tokens: string[];
};

/** Events count for their fingerprint's issue now (merges and splits move fingerprints); needs `withTextSearch(db)`. */
export function eventsInWindowSql(teamId: number, window: EventWindow): { sql: string; params: unknown[] } {
  const clauses = ['e.team_id = ?', 'e.timestamp >= ?', 'e.timestamp <= ?'];
  const params: unknown[] = [teamId, window.from, window.to];
  if (window.excludeTestAccounts) clauses.push('e.is_test_account = 0');
  for (const token of window.tokens) {
    const anyProperty = searchedProperties.map((name) => `icontains(json_extract(e.properties, '$."${name}"'), ?)`);
    clauses.push(`(${anyProperty.join(' OR ')})`);
    params.push(...searchedProperties.map(() => token));
  }
  const sql = `SELECT COALESCE(f.issue_id, e.issue_id) AS issue_id, e.uuid, e.timestamp, e.distinct_id,
      e.session_id, e.library, e.properties
    FROM exception_events e
    LEFT JOIN fingerprints f ON f.team_id = e.team_id AND f.fingerprint = e.fingerprint
    WHERE ${clauses.join(' AND ')}`;
  return { sql, params };
}
