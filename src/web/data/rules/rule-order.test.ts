import { describe, expect, it } from 'vitest';
import { arrange, completeOrder, computeReorder, denseOrder } from './rule-order';

const rules = (keys: Record<string, number>) => Object.entries(keys).map(([id, order_key]) => ({ id, order_key }));

describe('computeReorder', () => {
  it('names only the rules whose dense position differs from their key', () => {
    const before = rules({ a: 0, b: 1, c: 2, d: 3, e: 4 });
    // d moves up to second place: b and c shift down one, a and e stay where they are.
    expect(computeReorder(before, ['a', 'd', 'b', 'c', 'e'])).toEqual({ d: 1, b: 2, c: 3 });
    expect(computeReorder(before, ['b', 'a', 'c', 'd', 'e'])).toEqual({ b: 0, a: 1 });
  });

  it('sends nothing for an unchanged order with dense keys', () => {
    expect(computeReorder(rules({ a: 0, b: 1, c: 2 }), ['a', 'b', 'c'])).toEqual({});
  });

  it('turns sparse keys dense, naming each rule that is not at its position yet', () => {
    expect(computeReorder(rules({ a: 0, b: 5, c: 10 }), ['a', 'b', 'c'])).toEqual({ b: 1, c: 2 });
    expect(computeReorder(rules({ a: 10, b: 20, c: 30 }), ['c', 'a', 'b'])).toEqual({ c: 0, a: 1, b: 2 });
  });

  it('makes the order explicit when the API gave every rule the same key', () => {
    const before = rules({ a: 0, b: 0, c: 0 });
    expect(computeReorder(before, ['c', 'a', 'b'])).toEqual({ a: 1, b: 2 });
    expect(computeReorder(before, ['a', 'b', 'c'])).toEqual({ b: 1, c: 2 });
  });

  it('keeps rules the new order left out after it, and ignores repeated ids', () => {
    const before = rules({ a: 0, b: 1, c: 2 });
    expect(computeReorder(before, ['c', 'a'])).toEqual({ c: 0, a: 1, b: 2 });
    expect(computeReorder(before, ['b', 'b', 'a', 'c'])).toEqual({ b: 0, a: 1 });
  });

  it('gives a rule it did not know before a position too', () => {
    expect(computeReorder(rules({ a: 0, b: 1 }), ['new', 'a', 'b'])).toEqual({ new: 0, a: 1, b: 2 });
  });
});

describe('order helpers', () => {
  it('completes an order with the rules it leaves out', () => {
    expect(completeOrder(rules({ a: 0, b: 1, c: 2 }), ['c'])).toEqual(['c', 'a', 'b']);
  });

  it('gives dense keys in the new order', () => {
    expect(denseOrder(rules({ a: 0, b: 0 }), ['b', 'a'])).toEqual([
      { id: 'b', order_key: 0 },
      { id: 'a', order_key: 1 },
    ]);
  });

  it('lays rules out in an order, keeping the objects whose key did not change', () => {
    const before = [
      { id: 'a', order_key: 0, name: 'A' },
      { id: 'b', order_key: 1, name: 'B' },
      { id: 'c', order_key: 2, name: 'C' },
    ];
    const after = arrange(before, denseOrder(before, ['b', 'a', 'c']));
    expect(after).toEqual([
      { id: 'b', order_key: 0, name: 'B' },
      { id: 'a', order_key: 1, name: 'A' },
      { id: 'c', order_key: 2, name: 'C' },
    ]);
    expect(after[2]).toBe(before[2]);
    expect(after[0]).not.toBe(before[1]);
    expect(
      arrange(before, [
        { id: 'c', order_key: 0 },
        { id: 'gone', order_key: 1 },
      ]).map((r) => r.id),
    ).toEqual(['c', 'a', 'b']);
  });
});
