import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRuleLists } from './rule-list-changes';

const rules = (ids: string) => [...ids].map((id) => ({ id }));
const changed = (before: string, after: string) => {
  const { rows, removed } = diffRuleLists(rules(before), rules(after));
  return { rows: Object.fromEntries(rows), removed: removed.map((rule) => rule.id).join('') };
};

describe('diffRuleLists', () => {
  it('marks only the rule that moved, not the ones it passed', () => {
    expect(changed('abcde', 'eabcd')).toEqual({ rows: { e: 'moved' }, removed: '' });
    expect(changed('abcde', 'bcdea')).toEqual({ rows: { a: 'moved' }, removed: '' });
  });

  it('marks added rows and lists removed ones', () => {
    expect(changed('abc', 'axc')).toEqual({ rows: { x: 'added' }, removed: 'b' });
  });

  it('finds nothing when nothing changed', () => {
    expect(changed('abc', 'abc')).toEqual({ rows: {}, removed: '' });
  });

  it('marks as few moves as it takes: putting the moved rows back restores the order of the rest', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...'abcdefgh'), { minLength: 1 }), fc.nat(), (ids, seed) => {
        const shuffled = [...ids].sort(
          (x, y) => ((x.charCodeAt(0) * 31 + seed) % 7) - ((y.charCodeAt(0) * 31 + seed) % 7),
        );
        const { rows, removed } = diffRuleLists(rules(ids.join('')), rules(shuffled.join('')));
        expect(removed).toEqual([]);
        const still = shuffled.filter((id) => !rows.has(id));
        expect(still).toEqual(ids.filter((id) => still.includes(id)));
      }),
    );
  });
});
