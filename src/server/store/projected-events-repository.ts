import type { Db } from './database';

/**
 * Which properties of each event are read, and how: see the statistics' projection
 * (`console/rule-stats/stats-projection.ts`), which says why.
 */
export type EventProjection = {
  /** Read as they are. */
  keys: string[];
  /** `$lib` and `$session_id`: from the properties, else from their columns, as the local query API serves them. */
  columnKeys: string[];
  /** `$exception_list`: never; only where it is an array and one of `derived` is missing; or always. */
  list: 'never' | 'when-missing' | 'always';
  derived: string[];
  /** Whole properties instead (a key a JSON path cannot name): the caller picks them apart. */
  whole: boolean;
};

const path = (key: string) => `'$."${key}"'`;
const columnOf: Record<string, string> = { $lib: 'e.library', $session_id: "NULLIF(e.session_id, '')" };

/** A JSON array of the keys' values: one call reads them all (null for a missing one). */
function valuesSql(keys: string[]): string {
  if (keys.length === 0) return "'[]'";
  if (keys.length === 1) return `json_array(e.p -> ${path(keys[0]!)})`;
  return `json_extract(e.p, ${keys.map(path).join(', ')})`;
}

function columnValuesSql(keys: string[]): string {
  if (keys.length === 0) return "'[]'";
  const fallback = (key: string) => `CASE WHEN ${columnOf[key]} IS NOT NULL THEN json_quote(${columnOf[key]}) END`;
  return `json_array(${keys.map((key) => `COALESCE(e.p -> ${path(key)}, ${fallback(key)})`).join(', ')})`;
}

/**
 * `[[1 for each derived key that is missing, else 0], list]`, or '' when none is missing: what the engine derives
 * from, and where.
 */
function listSql({ list, derived }: EventProjection): string {
  const missing = derived.map((key) => `json_type(e.p, ${path(key)}) IS NULL`);
  const value = `json_array(json_array(${missing.join(', ')}), e.p -> ${path('$exception_list')})`;
  if (list === 'always') return value;
  return `COALESCE(CASE WHEN ${missing.join(' OR ')} THEN ${value} END, '')`;
}

/** `[record, fingerprint]` where the fingerprint record may say the client sent it; the caller decides. */
const manualSql = `COALESCE(CASE WHEN instr(e.p -> ${path('$exception_fingerprint_record')}, '"manual"') > 0
  THEN json_array(e.p -> ${path('$exception_fingerprint_record')}, e.p -> ${path('$exception_fingerprint')}) END, '')`;

/**
 * The parts of an event's tuple, joined by NUL (no JSON text holds one): the values, the column-backed values, the
 * manual fingerprint, and (`list: 'always'`) the list part. With `list: 'when-missing'` the list part is asked for
 * separately (`listParts`), for the few events that need it: checking five keys on every event costs more.
 */
function tupleSql(projection: EventProjection): string {
  const parts = [valuesSql(projection.keys), columnValuesSql(projection.columnKeys), manualSql];
  if (projection.list === 'always') parts.push(listSql(projection));
  return parts.join(' || char(0) || ');
}

const hasListSql = (projection: EventProjection) =>
  projection.list === 'when-missing' ? `json_type(e.p, ${path('$exception_list')}) = 'array'` : '0';

export type ProjectedEventsQuery = { from: string; limit: number; afterRowid?: number };

/**
 * The newest `$exception` events of a team since `from` (newest first; those after `afterRowid` only, if given),
 * with only the properties the statistics read, picked out by SQLite's JSON functions: parsing whole properties of
 * 100,000 events in JavaScript is what made this slow. Each row: rowid, uuid, time (ms), stored fingerprint, the
 * issue stored with the event, whether the properties are a JSON object at all (else the event cannot be read),
 * whether they hold an `$exception_list` (asked for `list: 'when-missing'` only), then the tuple text, or (`whole`)
 * the properties, `$lib` and `$session_id` as kept in columns.
 */
export function iterateProjectedEvents(
  db: Db,
  teamId: number,
  projection: EventProjection,
  query: ProjectedEventsQuery,
): IterableIterator<unknown[]> {
  const read = projection.whole ? 'e.p, e.library, e.session_id' : tupleSql(projection);
  return db
    .prepare(
      `SELECT e.rowid, e.uuid, unixepoch(e.timestamp, 'subsec') * 1000, e.fingerprint, e.issue_id, e.p IS NOT NULL,
         ${hasListSql(projection)}, ${read}
       FROM (
         SELECT e.rowid, e.uuid, e.timestamp, e.fingerprint, e.issue_id, e.library, e.session_id,
           CASE WHEN json_valid(e.properties) AND json_type(e.properties) = 'object' THEN e.properties END AS p
         FROM exception_events e
         WHERE e.team_id = ? AND e.timestamp >= ? AND e.rowid > ?
         ORDER BY e.timestamp DESC
         LIMIT ?
       ) e`,
    )
    .raw()
    .iterate(teamId, query.from, query.afterRowid ?? 0, query.limit) as IterableIterator<unknown[]>;
}

/** The list part of the tuples of these events (rowids), which lack some derived property the rules read. */
export function listParts(db: Db, projection: EventProjection, rowids: number[]): Map<number, string> {
  const parts = new Map<number, string>();
  const statement = db.prepare(
    `SELECT e.rowid, ${listSql(projection)} FROM (SELECT rowid, properties AS p FROM exception_events
       WHERE rowid IN (SELECT value FROM json_each(?))) e`,
  );
  // One statement per 10,000 ids: a JSON array of ids is one bound parameter, whatever its length.
  for (let at = 0; at < rowids.length; at += 10_000) {
    for (const [rowid, part] of statement.raw().iterate(JSON.stringify(rowids.slice(at, at + 10_000))) as Iterable<
      [number, string]
    >) {
      parts.set(rowid, part);
    }
  }
  return parts;
}

/** How many events a team has, the last rowid, and how many came after `afterRowid`: whether a cached read holds. */
export function eventRowsSince(db: Db, teamId: number, afterRowid: number) {
  return db
    .prepare(
      `SELECT COUNT(*) AS count, COALESCE(MAX(rowid), 0) AS last, COUNT(*) FILTER (WHERE rowid > ?) AS after
       FROM exception_events WHERE team_id = ?`,
    )
    .get(afterRowid, teamId) as { count: number; last: number; after: number };
}

/** The issue each fingerprint belongs to now: merges and splits move fingerprints, and their events with them. */
export function fingerprintIssues(db: Db, teamId: number): Map<string, string> {
  const rows = db
    .prepare('SELECT fingerprint, issue_id FROM fingerprints WHERE team_id = ?')
    .raw()
    .all(teamId) as unknown[][];
  return new Map(rows.map((row) => [String(row[0]), String(row[1])]));
}
