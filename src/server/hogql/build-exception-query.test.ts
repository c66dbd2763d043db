import { describe, expect, it } from 'vitest';
import { buildExceptionQuery } from './build-exception-query';

const issue = '0190c4a2-7b1e-7000-8000-00000000abcd';

describe('buildExceptionQuery', () => {
  it('writes the window and the limit, and nothing else without an issue or a search', () => {
    expect(buildExceptionQuery({ days: 7, limit: 101 })).toBe(
      [
        'SELECT uuid, timestamp, issue_id, properties.$exception_fingerprint AS fingerprint, properties',
        'FROM events',
        "WHERE event = '$exception'",
        '  AND timestamp >= now() - INTERVAL 7 DAY',
        'ORDER BY timestamp DESC, uuid DESC',
        'LIMIT 101',
      ].join('\n'),
    );
  });

  it('puts the issue and the search in as escaped string literals', () => {
    const term = "it's C:\\temp";
    const literal = "'it\\'s C:\\\\temp'";
    expect(buildExceptionQuery({ days: 30, limit: 5001, issue, search: term })).toBe(
      [
        'SELECT uuid, timestamp, issue_id, properties.$exception_fingerprint AS fingerprint, properties',
        'FROM events',
        "WHERE event = '$exception'",
        '  AND timestamp >= now() - INTERVAL 30 DAY',
        `  AND issue_id = toUUID('${issue}')`,
        `  AND (positionCaseInsensitiveUTF8(properties.$exception_types, ${literal}) > 0` +
          ` OR positionCaseInsensitiveUTF8(properties.$exception_values, ${literal}) > 0` +
          ` OR positionCaseInsensitiveUTF8(properties.$exception_sources, ${literal}) > 0` +
          ` OR positionCaseInsensitiveUTF8(properties.$exception_functions, ${literal}) > 0)`,
        'ORDER BY timestamp DESC, uuid DESC',
        'LIMIT 5001',
      ].join('\n'),
    );
  });

  it('escapes control characters as PostHog does, and never reads a value for placeholders', () => {
    const text = buildExceptionQuery({ days: 1, limit: 2, search: "a\nb\tc\0d\x07e\v{limit}') OR 1=1 --" });
    expect(text).toContain("'a\\nb\\tc\\0d\\ae\\v{limit}\\') OR 1=1 --'");
    expect(text.endsWith('LIMIT 2')).toBe(true);
    expect(text.split('\n')).toHaveLength(7);
  });

  it('refuses a window or limit that is not an integer', () => {
    expect(() => buildExceptionQuery({ days: 1.5, limit: 10 })).toThrow(/integers/);
    expect(() => buildExceptionQuery({ days: 7, limit: Number.NaN })).toThrow(/integers/);
  });
});
