import type { Db } from './database';

/** How one property is read: see the statistics' projection (`console/rule-stats/stats-projection.ts`). */
export type PropertyColumn =
  | { key: string; read: 'value' }
  | { key: '$exception_list'; read: 'when-missing'; missing: string[] }
  | { key: '$exception_fingerprint'; read: 'manual-fingerprint' };

export type ProjectedEventsQuery = {
  from: string;
  limit: number;
  columns: PropertyColumn[];
  /** Read the whole properties (one column) instead: a key that a JSON path cannot name. */
  whole: boolean;
};

const path = (key: string) => `'$."${key}"'`;

/**
 * Ours keeps `$lib` and `$session_id` in columns, and the local query API puts them back into the properties unless
 * the properties hold their own (recent-exceptions-repository's `eventProperties`): the same here.
 */
const fromColumns: Record<string, string> = {
  $lib: 'CASE WHEN e.library IS NOT NULL THEN json_quote(e.library) END',
  $session_id: "CASE WHEN e.session_id IS NOT NULL AND e.session_id <> '' THEN json_quote(e.session_id) END",
};

function columnSql(column: PropertyColumn): string {
  const value = `e.p -> ${path(column.key)}`;
  switch (column.read) {
    case 'value':
      return fromColumns[column.key] ? `COALESCE(${value}, ${fromColumns[column.key]})` : value;
    case 'when-missing':
      return `CASE WHEN ${column.missing.map((key) => `json_type(e.p, ${path(key)}) IS NULL`).join(' OR ')}
        THEN ${value} END`;
    case 'manual-fingerprint':
      return `CASE WHEN e.p ->> '$."$exception_fingerprint_record"[0].type' = 'manual' THEN ${value} END`;
  }
}

/**
 * The newest `$exception` events of a team since `from`, only the properties the statistics read, straight from
 * SQLite's JSON functions: parsing whole properties of 100,000 events in JavaScript is what made this slow. An event
 * counts for the issue its fingerprint belongs to now. Each row: uuid, timestamp, issue id, stored fingerprint,
 * whether the properties are a JSON object at all (else the event cannot be read), `$lib` and `$session_id` as
 * kept in columns, then each column's JSON text (null when the event lacks the property).
 */
export function iterateProjectedEvents(
  db: Db,
  teamId: number,
  query: ProjectedEventsQuery,
): IterableIterator<unknown[]> {
  const columns = query.whole ? ['e.p'] : query.columns.map(columnSql);
  return db
    .prepare(
      `SELECT e.uuid, e.timestamp, e.issue_id, e.fingerprint, e.p IS NOT NULL, e.library, e.session_id,
         ${columns.join(', ')}
       FROM (
         SELECT e.uuid, e.timestamp, COALESCE(f.issue_id, e.issue_id) AS issue_id, e.fingerprint, e.library,
           e.session_id,
           CASE WHEN json_valid(e.properties) AND json_type(e.properties) = 'object' THEN e.properties END AS p
         FROM exception_events e
         LEFT JOIN fingerprints f ON f.team_id = e.team_id AND f.fingerprint = e.fingerprint
         WHERE e.team_id = ? AND e.timestamp >= ?
         ORDER BY e.timestamp DESC, e.uuid DESC
         LIMIT ?
       ) e`,
    )
    .raw()
    .iterate(teamId, query.from, query.limit) as IterableIterator<unknown[]>;
}
