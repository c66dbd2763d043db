import { exceptionQueryClauses, type ExceptionQueryClause } from './exception-query-shape';
import { escapeHogQLString } from './hogql-string';

/** `offset` pages through more rows than PostHog answers at once (50,000). */
export type ExceptionQuery = {
  days: number;
  limit: number;
  offset?: number;
  event?: string;
  issue?: string;
  search?: string;
};

/** Text from the browser only ever enters as an escaped string literal; numbers are checked integers. */
export function buildExceptionQuery(query: ExceptionQuery): string {
  if (![query.days, query.limit, query.offset ?? 0].every(Number.isSafeInteger)) {
    throw new Error('The window, the limit and the offset of the exception query must be integers.');
  }
  const values: Record<string, string> = {
    days: String(query.days),
    limit: String(query.limit),
    offset: String(query.offset ?? 0),
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
    ...(query.offset === undefined ? [] : (['offset'] as const)),
  ];
  // One pass per clause: a value is never scanned for placeholders again.
  return clauses
    .map((clause) => exceptionQueryClauses[clause].replace(/\{([a-z]+)\}/g, (_, name: string) => values[name]!))
    .join('\n');
}
