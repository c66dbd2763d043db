import { describe, expect, it } from 'vitest';
import { hogILike, likeToRegex } from './ilike';

describe('ILIKE', () => {
  it.each([
    ['%ell%', 'hello', true],
    ['h%', 'hello', true],
    ['%', '', true],
    ['', '', true],
    ['', 'x', false],
    ['hello', 'hello!', false],
    ['h_llo', 'hello', true],
    ['h_llo', 'hllo', false],
    ['_', '', false],
    ['%o_ld', 'hello world', true],
    ['こ_にちは', 'こんにちは', true],
    ['_100', '¥100', true],
  ])('%s ~ %s is %s', (pattern, value, expected) => {
    expect(hogILike(value, pattern)).toBe(expected);
  });

  it('% spans newlines, _ does not', () => {
    expect(hogILike('first line\nsecond TOKEN line', '%token%')).toBe(true);
    expect(hogILike('a\nb', 'a_b')).toBe(false);
    expect(hogILike('a\nb', 'a%b')).toBe(true);
  });

  it('escapes %, _ and backslash; a backslash before anything else is literal', () => {
    expect(hogILike('100% sure', '100\\% sure')).toBe(true);
    expect(hogILike('100x sure', '100\\% sure')).toBe(false);
    expect(hogILike('a_b', 'a\\_b')).toBe(true);
    expect(hogILike('axb', 'a\\_b')).toBe(false);
    expect(hogILike('a\\b', 'a\\\\b')).toBe(true);
    expect(hogILike('hello\\x', 'hello\\x')).toBe(true);
    expect(hogILike('ends\\', 'ends\\')).toBe(true);
  });

  it('treats regex metacharacters literally', () => {
    expect(hogILike('a.c', 'a.c')).toBe(true);
    expect(hogILike('abc', 'a.c')).toBe(false);
    expect(hogILike('(x)+[y]', '%(x)+[y]%')).toBe(true);
  });

  it('folds case over Unicode', () => {
    expect(hogILike('ÉCOLE', '%école%')).toBe(true);
    expect(hogILike('ΣΊΣΥΦΟΣ', 'σίσυφος')).toBe(true);
    expect(hogILike('\u212a', 'k')).toBe(true);
    expect(hogILike('STRASSE', 'straße')).toBe(false);
  });

  it('drops the anchors a leading or trailing % makes redundant', () => {
    expect(likeToRegex('%abc%')).toBe('abc');
    expect(likeToRegex('abc%')).toBe('^abc');
    expect(likeToRegex('%abc')).toBe('abc$');
    expect(likeToRegex('a%c')).toBe('^a(?s:.*)c$');
    expect(likeToRegex('%%')).toBe('');
  });
});
