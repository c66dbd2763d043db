import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameJson } from './same-json';

/** `value` with every object's keys in reverse order, at every depth. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reversedKeys(item)]),
  );
}

/** JSON text with sorted keys: two values are the same JSON exactly when these agree. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
}

const json = fc.jsonValue({ maxDepth: 4 });

describe('sameJson', () => {
  it('ignores key order and keys holding undefined, as JSON does', () => {
    expect(sameJson({ key: '$os', value: ['Mac'] }, { value: ['Mac'], key: '$os' })).toBe(true);
    expect(sameJson({ key: '$os', label: undefined }, { key: '$os' })).toBe(true);
  });

  it('tells apart item order, types, nulls and missing keys', () => {
    expect(sameJson(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameJson({ value: 3 }, { value: '3' })).toBe(false);
    expect(sameJson({ value: null }, {})).toBe(false);
    expect(sameJson({}, [])).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(sameJson({ toString: 1 }, { valueOf: 1 })).toBe(false);
  });

  it('holds a value equal to its copy and to itself with keys reordered', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(sameJson(value, structuredClone(value))).toBe(true);
        expect(sameJson(value, reversedKeys(value))).toBe(true);
      }),
    );
  });

  it('agrees with comparing sorted-key JSON text, for any two values', () => {
    const pairs = fc.oneof(
      fc.tuple(json, json),
      // Near misses: one leaf of a shared shape differs.
      fc.tuple(json, json, fc.string()).map(([shared, other, key]) => [
        { shared, [key]: other },
        { shared, [key]: 0 },
      ]),
    );
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expect(sameJson(a, b)).toBe(canonical(a) === canonical(b));
        expect(sameJson(b, a)).toBe(sameJson(a, b));
      }),
    );
  });
});
