/**
 * The one HogQL query the console sends, clause by clause: the builder fills the `{placeholders}` and the local
 * server's recognizer reads the same clauses back, so the two cannot drift apart.
 *
 * In PostHog's HogQL `events` table, `issue_id` follows the event's fingerprint to its issue now
 * (`error_tracking_issue_fingerprint_overrides`, else `$exception_issue_id`), and `properties.$x` of an array is
 * its JSON text.
 */
export const exceptionColumns = ['uuid', 'timestamp', 'issue_id', 'fingerprint', 'properties'] as const;

export const searchedExceptionProperties = [
  '$exception_types',
  '$exception_values',
  '$exception_sources',
  '$exception_functions',
] as const;

const searchClause = searchedExceptionProperties
  .map((property) => `positionCaseInsensitiveUTF8(properties.${property}, {search}) > 0`)
  .join(' OR ');

export const exceptionQueryClauses = {
  select: 'SELECT uuid, timestamp, issue_id, properties.$exception_fingerprint AS fingerprint, properties',
  from: 'FROM events',
  where: "WHERE event = '$exception'",
  window: '  AND timestamp >= now() - INTERVAL {days} DAY',
  event: '  AND uuid = toUUID({event})',
  issue: '  AND issue_id = toUUID({issue})',
  search: `  AND (${searchClause})`,
  order: 'ORDER BY timestamp DESC, uuid DESC',
  limit: 'LIMIT {limit}',
  offset: 'OFFSET {offset}',
  /** The first exception of each issue: `{issues}` is a list of `toUUID('…')`. */
  issues: '  AND issue_id IN ({issues})',
  firstOrder: 'ORDER BY timestamp ASC, uuid ASC',
  // No LIMIT after it: older HogQL grammars take one LIMIT clause only, and HogQL's default row cap (100) is the
  // largest batch the console asks for.
  onePerIssue: 'LIMIT 1 BY issue_id',
} as const;

export type ExceptionQueryClause = keyof typeof exceptionQueryClauses;

/** Words compared without regard to case, as HogQL reads its keywords. */
export const hogqlKeywords = new Set([
  'SELECT',
  'AS',
  'FROM',
  'WHERE',
  'AND',
  'OR',
  'INTERVAL',
  'DAY',
  'ORDER',
  'BY',
  'DESC',
  'ASC',
  'IN',
  'LIMIT',
  'OFFSET',
]);
