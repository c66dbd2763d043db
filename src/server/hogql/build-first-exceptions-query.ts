import { exceptionQueryClauses, type ExceptionQueryClause } from './exception-query-shape';
import { escapeHogQLString } from './hogql-string';

export type FirstExceptionsQuery = { days: number; issues: readonly string[] };

export const firstExceptionsClauses: readonly ExceptionQueryClause[] = [
  'select',
  'from',
  'where',
  'window',
  'issues',
  'firstOrder',
  'onePerIssue',
];

/** The earliest `$exception` event of each issue in `issues`; ids only ever enter as escaped string literals. */
export function buildFirstExceptionsQuery(query: FirstExceptionsQuery): string {
  if (!Number.isSafeInteger(query.days))
    throw new Error('The window of the first-exceptions query must be an integer.');
  if (query.issues.length === 0) throw new Error('The first-exceptions query needs at least one issue.');
  const values: Record<string, string> = {
    days: String(query.days),
    issues: query.issues.map((id) => `toUUID(${escapeHogQLString(id)})`).join(', '),
  };
  return firstExceptionsClauses
    .map((clause) => exceptionQueryClauses[clause].replace(/\{([a-z]+)\}/g, (_, name: string) => values[name]!))
    .join('\n');
}
