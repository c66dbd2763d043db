import { firstExceptionsClauses, type FirstExceptionsQuery } from './build-first-exceptions-query';
import { matchClauses, numberOf, stringsOf } from './match-clauses';

const steps = firstExceptionsClauses.map((clause) => [clause, 'required'] as const);

/** The window and the issues of the console's first-exceptions query, read back token by token; null otherwise. */
export function recognizeFirstExceptionsQuery(text: string): FirstExceptionsQuery | null {
  const bindings = matchClauses(text, steps, { days: 'number', issues: 'uuid-list' });
  if (bindings === null) return null;
  return { days: numberOf(bindings.days), issues: stringsOf(bindings.issues) };
}
