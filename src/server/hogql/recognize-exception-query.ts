import type { ExceptionQuery } from './build-exception-query';
import { matchClauses, numberOf, stringsOf, type ClauseStep } from './match-clauses';

const steps: ClauseStep[] = [
  ['select', 'required'],
  ['from', 'required'],
  ['where', 'required'],
  ['window', 'required'],
  ['event', 'optional'],
  ['issue', 'optional'],
  ['search', 'optional'],
  ['order', 'required'],
  ['limit', 'required'],
  ['offset', 'optional'],
];

/**
 * The parameters of the console's exception query, read back token by token; null for any other text. Optional
 * clauses (event, issue, search, offset) may be left out but not reordered, and nothing may come before, between or after.
 */
export function recognizeExceptionQuery(text: string): ExceptionQuery | null {
  const bindings = matchClauses(text, steps, {
    days: 'number',
    limit: 'number',
    offset: 'number',
    event: 'string',
    issue: 'string',
    search: 'string',
  });
  if (bindings === null) return null;
  const { days, limit, offset, event, issue, search } = bindings;
  return {
    days: numberOf(days),
    limit: numberOf(limit),
    ...(offset ? { offset: numberOf(offset) } : {}),
    ...(event ? { event: stringsOf(event)[0] } : {}),
    ...(issue ? { issue: stringsOf(issue)[0] } : {}),
    ...(search ? { search: stringsOf(search)[0] } : {}),
  };
}
