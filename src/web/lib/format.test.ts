import { describe, expect, it } from 'vitest';
import { capitalize, countOf, formatCount } from './format';

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
