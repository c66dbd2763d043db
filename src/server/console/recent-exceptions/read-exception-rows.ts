import type { HogQLQueryResponse } from '../../../contract/hogql-query';
import type { ExceptionEvent } from '../../../contract/recent-exceptions';
import { exceptionColumns } from '../../hogql/exception-query-shape';
import { queryProblems } from './query-problems';
import { readExceptionRow, type ColumnPositions } from './read-exception-row';

export type ExceptionRows = { events: ExceptionEvent[]; skipped: number; hasMore: boolean };

/**
 * The events of the first `limit` rows (the query asks for one more, which says whether there are more). Columns
 * are found by name; a row that cannot be read is skipped and counted.
 */
export function readExceptionRows(response: HogQLQueryResponse, limit: number): ExceptionRows {
  const missing = exceptionColumns.filter((column) => !response.columns.includes(column));
  if (missing.length > 0) throw queryProblems.unreadable(`it lacks the column(s) ${missing.join(', ')}`);
  const position = (column: keyof ColumnPositions) => response.columns.indexOf(column);
  const at: ColumnPositions = {
    uuid: position('uuid'),
    timestamp: position('timestamp'),
    issue_id: position('issue_id'),
    fingerprint: position('fingerprint'),
    properties: position('properties'),
  };
  const events: ExceptionEvent[] = [];
  let skipped = 0;
  for (const row of response.results.slice(0, limit)) {
    const event = readExceptionRow(row, at, response.columns.length);
    if (event === null) skipped++;
    else events.push(event);
  }
  return { events, skipped, hasMore: response.results.length > limit || response.hasMore === true };
}
