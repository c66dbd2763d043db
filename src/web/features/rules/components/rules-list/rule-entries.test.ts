import { describe, expect, it } from 'vitest';
import { RuleEntryCache } from './rule-entries';
import { assignmentRule } from '../../../../test/rule-fixtures';
import { rangeOf } from './use-rule-selection';

const rules = [1, 2, 3, 4].map((n) => assignmentRule(n, { assignee: null }));
const none = new Set<string>();

describe('RuleEntryCache', () => {
  it('keeps the object of every row that did not change, so memoized rows stay put', () => {
    const cache = new RuleEntryCache();
    const first = cache.build(rules, rules, none, null);
    expect(first.map((entry) => [entry.position, entry.last])).toEqual([
      [0, false],
      [1, false],
      [2, false],
      [3, true],
    ]);

    const selected = cache.build(rules, rules, new Set([rules[1]!.id]), null);
    expect(selected.map((entry, index) => entry === first[index])).toEqual([true, false, true, true]);
    expect(selected[1]!.selected).toBe(true);
  });

  it('gives filtered rows their place in the whole list and the reason reordering is off', () => {
    const cache = new RuleEntryCache();
    const shown = [rules[1]!, rules[3]!];
    const entries = cache.build(shown, rules, none, 'Clear the filters to reorder rules.');
    expect(entries.map((entry) => [entry.position, entry.last, entry.reorderOff])).toEqual([
      [1, false, 'Clear the filters to reorder rules.'],
      [3, true, 'Clear the filters to reorder rules.'],
    ]);
  });
});

describe('rangeOf', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('spans the anchor and the clicked id in either order, or only the clicked id without an anchor', () => {
    expect(rangeOf(ids, 'b', 'd')).toEqual(['b', 'c', 'd']);
    expect(rangeOf(ids, 'd', 'a')).toEqual(['a', 'b', 'c', 'd']);
    expect(rangeOf(ids, null, 'c')).toEqual(['c']);
    expect(rangeOf(ids, 'gone', 'c')).toEqual(['c']);
  });
});
