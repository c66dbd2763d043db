import { exceptionQueryClauses, type ExceptionQueryClause } from './exception-query-shape';
import { escapeHogQLString } from './hogql-string';

export type ExceptionQuery = { days: number; limit: number; event?: string; issue?: string; search?: string };

/** Text from the browser only ever enters as an escaped string literal; numbers are checked integers. */
export function buildExceptionQuery(query: ExceptionQuery): string {
  if (!Number.isSafeInteger(query.days) || !Number.isSafeInteger(query.limit)) {
    throw new Error('The window and the limit of the exception query must be integers.');
  }
  const values: Record<string, string> = {
    days: String(query.days),
    limit: String(query.limit),
    event: query.event === undefined ? '' : escapeHogQLString(query.event),
    issue: query.issue === undefined ? '' : escapeHogQLString(query.issue),
    search: query.search === undefined ? '' : escapeHogQLString(query.search),
  };
  const clauses: ExceptionQueryClause[] = [
    'select',
    'from',
    'where',
    'window',
    ...(query.event === undefined ? [] : (['event'] as const)),
    ...(query.issue === undefined ? [] : (['issue'] as const)),
    ...(query.search === undefined ? [] : (['search'] as const)),
    'order',
    'limit',
  ];
  // One pass per clause: a value is never scanned for placeholders again.
  return clauses
    .map((clause) => exceptionQueryClauses[clause].replace(/\{([a-z]+)\}/g, (_, name: string) => values[name]!))
    .join('\n');
}
