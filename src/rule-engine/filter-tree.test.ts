import { describe, expect, it } from 'vitest';
import { and, leaf, leafVerdict, leavesOf, or, verdict } from './rule-builders.test-support';
import { rulePredicate } from './rule-predicate';

const yes = leaf('k', 'exact', 'a');
const no = leaf('k', 'exact', 'b');
const broken = leaf('k', 'gt', 'not a number');
const props = { k: 'a' };

describe('groups', () => {
  it('AND and OR combine by truthiness, nested to any depth', () => {
    expect(verdict(and(yes, or(no, and(yes, yes))), props)).toBe(true);
    expect(verdict(and(yes, or(no, and(yes, no))), props)).toBe(false);
    expect(verdict(or(no, or(no, or(no, yes))), props)).toBe(true);
  });

  it('a group of one value is that value', () => {
    expect(verdict(or(and(or(yes))), props)).toBe(true);
    expect(verdict(or(and(or(no))), props)).toBe(false);
  });

  it('a group type other than AND/OR is an error', () => {
    expect(verdict({ type: 'XOR', values: [yes] }, props)).toBe('error: PropertyGroupFilter of unknown type "XOR"');
  });

  it('evaluates every branch: an error anywhere errors the whole rule, and every leaf is traced', () => {
    expect(verdict(or(yes, broken), props)).toMatch(/^error: cannot compare/);
    expect(verdict(and(no, broken), props)).toMatch(/^error: cannot compare/);
    expect(verdict(or(yes, leaf('k', 'regex', '(unclosed')), props)).toMatch(/^error: invalid regex/);
    const leaves = leavesOf(or(broken, yes, no), props);
    expect(leaves.map((trace) => trace.result)).toEqual(['error', true, false]);
    expect(leaves.map((trace) => trace.path)).toEqual([[0], [1], [2]]);
  });

  it('an empty group is the constant 1: truthy inside AND/OR, an error at the top', () => {
    expect(verdict(and(yes, and()), props)).toBe(true);
    expect(verdict(or(no, or()), props)).toBe(true);
    expect(verdict(and(), props)).toBe('error: Grouping rule returned 1, expected a boolean value');
    expect(verdict(and(or()), props)).toBe('error: Grouping rule returned 1, expected a boolean value');
  });

  it('suppression and assignment rules with no leaf anywhere are match-all; one leaf anywhere compiles', () => {
    for (const kind of ['suppression', 'assignment'] as const) {
      expect(rulePredicate(kind, and(), {})).toMatchObject({ matched: true, matchAll: true });
      expect(rulePredicate(kind, or(and(), or()), {})).toMatchObject({ matched: true, matchAll: true });
      expect(rulePredicate(kind, null, {})).toMatchObject({ matched: true, matchAll: true });
      expect(rulePredicate(kind, and(or(), no), props)).toMatchObject({ matched: false, matchAll: false });
      expect(rulePredicate(kind, and(leaf('k', 'exact', [])), props)).toMatchObject({
        error: expect.stringContaining('expected a boolean value'),
      });
    }
  });

  it('the root must be a group', () => {
    expect(verdict(yes, props)).toBe('error: invalid filters: expected a group {type, values}');
    expect(verdict([yes], props)).toBe('error: invalid filters: expected a group {type, values}');
  });
});

describe('list values (spec 6.2.1)', () => {
  it('[] is the constant 1: an error alone, truthy beside other leaves', () => {
    expect(leafVerdict('k', 'exact', [], props)).toMatch(/expected a boolean value$/);
    expect(verdict(and(yes, leaf('k', 'regex', [])), props)).toBe(true);
    expect(leavesOf(and(yes, leaf('k', 'is_not', [])), props)[1]!.note).toBe('value [] compiles to the constant 1');
  });

  it('[a] is a', () => {
    expect(leafVerdict('k', 'exact', ['a'], props)).toBe(true);
    expect(leafVerdict('k', 'regex', ['^a$'], props)).toBe(true);
    expect(leafVerdict('k', 'gt', [3], { k: 5 })).toBe(true);
  });

  it('exact/in with several values is membership, is_not/not_in non-membership', () => {
    expect(leafVerdict('k', 'exact', ['b', 'a'], props)).toBe(true);
    expect(leafVerdict('k', 'exact', ['b', 'c'], props)).toBe(false);
    expect(leafVerdict('k', 'is_not', ['b', 'c'], props)).toBe(true);
    expect(leafVerdict('k', 'is_not', ['b', 'a'], props)).toBe(false);
    expect(leafVerdict('k', 'not_in', ['b', 'c'], {})).toBe(true);
  });

  it('other operators: one leaf per value, OR-joined; AND-joined for not_regex', () => {
    expect(leafVerdict('k', 'regex', ['^x', 'a$'], props)).toBe(true);
    expect(leafVerdict('k', 'regex', ['^x', '^y'], props)).toBe(false);
    expect(leafVerdict('k', 'not_regex', ['^x', '^y'], props)).toBe(true);
    expect(leafVerdict('k', 'not_regex', ['^x', 'a'], props)).toBe(false);
    expect(leafVerdict('k', 'gt', [10, 1], { k: 5 })).toBe(true);
    expect(leafVerdict('k', 'semver_neq', ['1.0.0', '2.0.0'], { k: '1.0.0' })).toBe(true);
  });

  it('per-value parts on an exception array are separate arrayExists calls', () => {
    const types = (...values: string[]) => ({ $exception_types: values });
    expect(leafVerdict('$exception_types', 'not_regex', ['a', 'b'], types('a', 'b'))).toBe(true);
    expect(leafVerdict('$exception_types', 'not_regex', ['a', 'b'], types('ab'))).toBe(false);
    expect(leafVerdict('$exception_types', 'regex', ['^a$', '^b$'], types('x', 'b'))).toBe(true);
  });

  it('a part that is itself [] is the constant 1 inside the join', () => {
    expect(leafVerdict('k', 'regex', ['^x', []], props)).toBe(true);
  });

  it('icontains keeps its list: [] is the text "[]", [f] is f, several are literal substrings', () => {
    expect(leafVerdict('k', 'icontains', [], { k: 'a [] b' })).toBe(true);
    expect(leafVerdict('k', 'icontains', [], props)).toBe(false);
    expect(leafVerdict('k', 'icontains', ['A'], props)).toBe(true);
    expect(leafVerdict('k', 'icontains', ['a_c', 'zz'], { k: 'abc' })).toBe(false);
    expect(leafVerdict('k', 'icontains', ['a_c', 'zz'], { k: 'xA_Cx' })).toBe(true);
    expect(leafVerdict('k', 'not_icontains', ['a_c', 'zz'], { k: 'abc' })).toBe(true);
    expect(leafVerdict('k', 'icontains', 'a_c', { k: 'abc' })).toBe(true);
  });

  it('icontains formats its value the way Python does', () => {
    expect(leafVerdict('k', 'icontains', true, { k: 'it is TRUE' })).toBe(true);
    expect(leafVerdict('k', 'icontains', null, { k: 'none of it' })).toBe(true);
    expect(leafVerdict('k', 'icontains', 1.5, { k: 'v1.5' })).toBe(true);
    expect(leafVerdict('k', 'icontains', [true, 'x'], { k: 'TRUE' })).toBe(true);
  });

  it('a single exact true/false is compared as the string "true"/"false"; list items keep their type', () => {
    expect(leafVerdict('k', 'exact', true, { k: true })).toBe(true);
    expect(leafVerdict('k', 'exact', true, { k: 'True' })).toBe(false);
    expect(leafVerdict('k', 'exact', [true, 'x'], { k: 'True' })).toBe(true);
    expect(leafVerdict('k', 'is_not', false, { k: false })).toBe(false);
  });
});

describe('compiled filters', () => {
  it('are compiled again when the same object is edited in place', () => {
    const filters = { type: 'AND', values: [{ key: 'k', type: 'event', operator: 'exact', value: 'a' }] };
    expect(verdict(filters, props)).toBe(true);
    filters.values[0]!.value = 'b';
    expect(verdict(filters, props)).toBe(false);
    filters.values.push({ key: 'k', type: 'event', operator: 'gt', value: 'x' });
    expect(verdict(filters, props)).toMatch(/^error/);
  });
});
