import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExceptionQuery, type ExceptionQuery } from './build-exception-query';
import { recognizeExceptionQuery } from './recognize-exception-query';

const issue = '0190c4a2-7b1e-7000-8000-00000000abcd';
const full: ExceptionQuery = { days: 7, limit: 101, offset: 50_000, issue, search: 'TypeError' };

describe('recognizeExceptionQuery', () => {
  it('reads back every query the console builds, whatever the search text', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            days: fc.integer({ min: 1, max: 3650 }),
            limit: fc.integer({ min: 1, max: 50_000 }),
            offset: fc.integer({ min: 0, max: 200_000 }),
            event: fc.uuid(),
            issue: fc.uuid(),
            search: fc.string({ unit: 'binary', maxLength: 40 }),
          },
          { requiredKeys: ['days', 'limit'] },
        ),
        (query) => {
          expect(recognizeExceptionQuery(buildExceptionQuery(query))).toEqual(query);
        },
      ),
    );
  });

  it('ignores layout and the case of keywords, as HogQL does', () => {
    const squeezed = buildExceptionQuery(full)
      .replace(/\s+/g, ' ')
      .replace(/ AND /g, ' and ')
      .replace('LIMIT', 'limit');
    expect(recognizeExceptionQuery(squeezed)).toEqual(full);
    expect(recognizeExceptionQuery(`\n${buildExceptionQuery(full)}\n\t`)).toEqual(full);
  });

  const built = buildExceptionQuery(full);
  it.each([
    ['another query', 'SELECT 1'],
    ['every column', built.replace('SELECT uuid,', 'SELECT *, uuid,')],
    ['another table', built.replace('FROM events', 'FROM persons')],
    ['another event', built.replace("'$exception'", "'$pageview'")],
    ['an extra condition', built.replace('ORDER BY', 'OR 1 = 1 ORDER BY')],
    ['a second statement', `${built}; SELECT 1`],
    ['a comment', `${built} -- all`],
    ['a UNION', `${built} UNION ALL SELECT 1`],
    ['clauses out of order', buildExceptionQuery(full).replace(/(\n {2}AND issue_id.*)(\n {2}AND \(.*\))/, '$2$1')],
    [
      'a search that differs between properties',
      built.replace("$exception_sources, 'TypeError'", "$exception_sources, 'x'"),
    ],
    ['a property name in another case', built.replace('$exception_types', '$EXCEPTION_TYPES')],
    ['a missing LIMIT', built.replace(/\nLIMIT 101\n/, '\n')],
    ['an OFFSET before the LIMIT', built.replace(/(\nLIMIT 101)(\nOFFSET 50000)$/, '$2$1')],
    ['a string as offset', built.replace('OFFSET 50000', "OFFSET '50000'")],
    ['a string as limit', built.replace('LIMIT 101', "LIMIT '101'")],
    ['a number as issue', built.replace(`'${issue}'`, '1')],
    ['a quoted identifier', built.replace('FROM events', 'FROM `events`')],
    ['an unterminated string', built.replace(`'${issue}'`, `'${issue}`)],
    ['an escape the console never writes', built.replace("'TypeError'", "'Type\\xError'")],
    ['a doubled quote', built.replace("'TypeError'", "'Type''Error'")],
    ['a leading zero', built.replace('INTERVAL 7 DAY', 'INTERVAL 07 DAY')],
    ['an empty text', ''],
  ])('refuses %s', (_, text) => {
    expect(recognizeExceptionQuery(text)).toBeNull();
  });
});
