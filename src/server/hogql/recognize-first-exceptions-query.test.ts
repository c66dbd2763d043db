import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFirstExceptionsQuery } from './build-first-exceptions-query';
import { recognizeExceptionQuery } from './recognize-exception-query';
import { recognizeFirstExceptionsQuery } from './recognize-first-exceptions-query';

const a = '0190c4a2-7b1e-7000-8000-00000000000a';
const b = '0190c4a2-7b1e-7000-8000-00000000000b';

describe('buildFirstExceptionsQuery', () => {
  it('asks for the earliest event of each issue, one row per issue, with no LIMIT of its own', () => {
    expect(buildFirstExceptionsQuery({ days: 400, issues: [a, b] })).toBe(
      [
        'SELECT uuid, timestamp, issue_id, properties.$exception_fingerprint AS fingerprint, properties',
        'FROM events',
        "WHERE event = '$exception'",
        '  AND timestamp >= now() - INTERVAL 400 DAY',
        `  AND issue_id IN (toUUID('${a}'), toUUID('${b}'))`,
        'ORDER BY timestamp ASC, uuid ASC',
        'LIMIT 1 BY issue_id',
      ].join('\n'),
    );
  });

  it('writes an odd id only as an escaped literal', () => {
    expect(buildFirstExceptionsQuery({ days: 1, issues: ["x') OR 1=1 --"] })).toContain(
      "issue_id IN (toUUID('x\\') OR 1=1 --'))",
    );
  });

  it('refuses a window that is not an integer, and an empty list', () => {
    expect(() => buildFirstExceptionsQuery({ days: 1.5, issues: [a] })).toThrow();
    expect(() => buildFirstExceptionsQuery({ days: 1, issues: [] })).toThrow();
  });
});

describe('recognizeFirstExceptionsQuery', () => {
  it('reads back every query the console builds', () => {
    fc.assert(
      fc.property(
        fc.record({
          days: fc.integer({ min: 1, max: 3650 }),
          issues: fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 100 }),
        }),
        (query) => {
          expect(recognizeFirstExceptionsQuery(buildFirstExceptionsQuery(query))).toEqual(query);
        },
      ),
    );
  });

  it('is not taken for the recent-exceptions query, nor that one for it', () => {
    const first = buildFirstExceptionsQuery({ days: 7, issues: [a] });
    expect(recognizeExceptionQuery(first)).toBeNull();
    expect(recognizeFirstExceptionsQuery(first.replace(/\s+/g, ' ').replace('LIMIT 1 BY', 'limit 1 by'))).toEqual({
      days: 7,
      issues: [a],
    });
  });

  const built = buildFirstExceptionsQuery({ days: 7, issues: [a, b] });
  it.each([
    ['no issue', built.replace(/IN \(.*\)/, 'IN ()')],
    ['a trailing comma', built.replace(`'${b}')`, `'${b}'),`)],
    ['a bare string in the list', built.replace(`toUUID('${b}')`, `'${b}'`)],
    ['another function', built.replace(`toUUID('${b}')`, `toString('${b}')`)],
    ['another order', built.replace('ASC, uuid ASC', 'DESC, uuid DESC')],
    ['two rows per issue', built.replace('LIMIT 1 BY', 'LIMIT 2 BY')],
    ['a LIMIT after it', `${built}\nLIMIT 5`],
    ['a missing LIMIT BY', built.replace('\nLIMIT 1 BY issue_id', '')],
  ])('refuses %s', (_, text) => {
    expect(recognizeFirstExceptionsQuery(text)).toBeNull();
  });
});
