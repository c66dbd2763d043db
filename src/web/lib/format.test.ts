import { describe, expect, it } from 'vitest';
import { capitalize, compactCount, countOf, formatCount } from './format';

describe('formatCount', () => {
  it('groups digits as Intl does in English, for every size of whole number', () => {
    const intl = new Intl.NumberFormat('en');
    const samples = [0, 1, 12, 999, 1000, 1001, 9999, 10_000, 123_456, 1_000_000, 12_345_678, 2 ** 31, -1, -1234];
    for (let n = 0; n < 5000; n += 7) samples.push(n);
    for (const n of samples) expect(formatCount(n)).toBe(intl.format(n));
  });
});

describe('countOf', () => {
  it('says one or many', () => {
    expect(countOf(1, 'rule')).toBe('1 rule');
    expect(countOf(1000, 'rule')).toBe('1,000 rules');
    expect(countOf(2, 'match', 'matches')).toBe('2 matches');
  });
});

describe('capitalize', () => {
  it('raises the first letter only', () => {
    expect(capitalize('assignment rule 3')).toBe('Assignment rule 3');
    expect(capitalize('GitHub issues')).toBe('GitHub issues');
    expect(capitalize('')).toBe('');
  });
});

describe('compactCount', () => {
  it('keeps small counts whole and shortens large ones without rounding up', () => {
    expect(compactCount(0)).toBe('0');
    expect(compactCount(999)).toBe('999');
    expect(compactCount(1000)).toBe('1k');
    expect(compactCount(1299)).toBe('1.2k');
    expect(compactCount(12_999)).toBe('12k');
    expect(compactCount(999_999)).toBe('999k');
    expect(compactCount(1_250_000)).toBe('1.2M');
  });
});
