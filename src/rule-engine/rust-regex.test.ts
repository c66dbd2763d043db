import { describe, expect, it } from 'vitest';
import { hogMatch } from './hog-match';
import { leafVerdict } from './rule-builders.test-support';
import { toRe2Syntax } from './rust-regex-syntax';

const matches = (pattern: string, value: string) => leafVerdict('m', 'regex', pattern, { m: value });

describe('regex leaves: the Rust regex dialect', () => {
  it('searches unanchored', () => {
    expect(matches('read', 'Cannot read properties')).toBe(true);
    expect(matches('^read', 'Cannot read properties')).toBe(false);
    expect(matches('properties$', 'Cannot read properties')).toBe(true);
  });

  it('is case-sensitive unless (?i) says otherwise', () => {
    expect(matches('typeerror', 'TypeError')).toBe(false);
    expect(matches('(?i)typeerror', 'TypeError')).toBe(true);
    expect(matches('(?i)ΣΊΣΥΦΟΣ', 'σίσυφος')).toBe(true);
  });

  it.each(['(?=x)', '(?!x)', '(?<=x)y', '(?<!x)y'])('rejects look-around %s', (pattern) => {
    expect(matches(pattern, 'xy')).toMatch(/^error: invalid regex: /);
  });

  it.each(['(a)\\1', '(?P<n>a)(?P=n)', '\\k<n>'])('rejects backreference %s', (pattern) => {
    expect(matches(pattern, 'aa')).toMatch(/^error: invalid regex: /);
  });

  it('reports a pattern that does not compile as invalid regex', () => {
    expect(matches('(unclosed', 'x')).toBe('error: invalid regex: missing closing ): `(unclosed`');
    expect(matches('[', 'x')).toMatch(/^error: invalid regex: missing closing \]/);
  });

  it('never matches, nor compiles, an empty value or an empty pattern', () => {
    expect(matches('', 'anything')).toBe(false);
    expect(matches('(unclosed', '')).toBe(false);
    expect(hogMatch('', '(unclosed')).toBe(false);
  });

  it('reads Unicode digits and code point escapes as Rust does', () => {
    expect(matches('^\\d+$', '٣٤')).toBe(true);
    expect(matches('\\D', '٣')).toBe(false);
    expect(matches('\\u{e9}', 'café')).toBe(true);
    expect(matches('\\u00e9', 'café')).toBe(true);
    expect(matches('\\x41', 'A')).toBe(true);
    expect(toRe2Syntax('[\\d\\\\d]')).toBe('[\\p{Nd}\\\\d]');
  });

  it('rejects escapes Rust does not have', () => {
    expect(matches('\\Q.\\E', '.')).toMatch(/^error: invalid regex: unrecognized escape sequence/);
    expect(matches('a\\0', 'a')).toMatch(/^error: invalid regex: backreferences are not supported/);
  });

  it('keeps `.` off newlines unless (?s)', () => {
    expect(matches('a.b', 'a\nb')).toBe(false);
    expect(matches('(?s)a.b', 'a\nb')).toBe(true);
  });

  it('needs a string pattern', () => {
    expect(leafVerdict('m', 'regex', 5, { m: '5' })).toBe('error: match() expects a String pattern, got Number');
    expect(leafVerdict('m', 'regex', 0, { m: '0' })).toBe(false);
  });

  it('tests non-string properties by their toString', () => {
    expect(leafVerdict('m', 'regex', '^\\[1, a\\]$', { m: [1, 'a'] })).toBe(true);
    expect(leafVerdict('m', 'regex', '^true$', { m: true })).toBe(true);
    expect(leafVerdict('m', 'regex', '^null$', {})).toBe(true);
  });
});
