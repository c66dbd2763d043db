import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRestore, restoreIntents } from './restore-order';

/** What the server holds: rules sorted by order_key, then creation (as the list sorts them). */
type Held = { id: string; content: string; order_key: number; created: number };
const sorted = (rules: Held[]) => [...rules].sort((a, b) => a.order_key - b.order_key || a.created - b.created);
const newId = (id: string) => `new-${id}`;

/**
 * Deletes `deleted` from `original` (content = id), re-creates all but `failed` with new ids at `keys` (where the
 * server puts a new rule), plans the restore and lets the server apply its one reorder.
 */
function undoDelete(original: string[], deleted: string[], failed: string[], keys: Record<string, number> = {}) {
  const recreated = new Map(deleted.filter((id) => !failed.includes(id)).map((id) => [id, newId(id)]));
  const kept = original.filter((id) => !deleted.includes(id));
  let created = original.length;
  const held: Held[] = [
    ...kept.map((id) => ({ id, content: id, order_key: original.indexOf(id), created: original.indexOf(id) })),
    ...[...recreated].map(([id, id2]) => ({ id: id2, content: id, order_key: keys[id] ?? 0, created: created++ })),
  ];
  const server = sorted(held);
  const intents = restoreIntents(original, deleted, recreated);
  const { nextIds, orders } = planRestore(server, intents);
  const after = sorted(held.map((rule) => ({ ...rule, order_key: orders[rule.id] ?? rule.order_key })));
  return { intents, nextIds, orders, after, contents: after.map((rule) => rule.content) };
}

describe('restoreIntents', () => {
  it('anchors each re-created rule after the one above it, re-created ones included, with the kept one below', () => {
    const recreated = new Map([
      ['b', 'B'],
      ['c', 'C'],
      ['e', 'E'],
    ]);
    expect(restoreIntents(['a', 'b', 'c', 'd', 'e'], ['b', 'c', 'e'], recreated)).toEqual([
      { id: 'B', after: 'a', before: 'd', anchor: 'after' },
      { id: 'C', after: 'B', before: 'd', anchor: 'after' },
      { id: 'E', after: 'd', before: null, anchor: 'after' },
    ]);
  });

  it('puts the first rule back on top, and skips a rule whose re-create failed, also as a neighbour', () => {
    const recreated = new Map([
      ['a', 'A'],
      ['c', 'C'],
    ]);
    expect(restoreIntents(['a', 'b', 'c', 'd'], ['a', 'b', 'c'], recreated)).toEqual([
      { id: 'A', after: null, before: 'd', anchor: 'after' },
      { id: 'C', after: 'A', before: 'd', anchor: 'after' },
    ]);
  });
});

describe('planRestore', () => {
  it('puts the 2nd rule back at position 2 with one reorder that leaves every key distinct', () => {
    // PostHog creates a grouping rule at order_key 0: it lands second, tied with the first.
    const { nextIds, orders, contents } = undoDelete(['a', 'b', 'c', 'd'], ['b'], [], { b: 0 });
    expect(nextIds).toEqual(['a', 'new-b', 'c', 'd']);
    expect(orders).toEqual({ 'new-b': 1 });
    expect(contents).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sends nothing when the server already put the re-created rules where they were (assignment keys)', () => {
    const { orders, contents } = undoDelete(['a', 'b', 'c', 'd', 'e'], ['b', 'd'], [], { b: 1, d: 3 });
    expect(orders).toEqual({});
    expect(contents).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('falls back to the kept rule below when someone deleted the one above meanwhile', () => {
    const intents = restoreIntents(['a', 'b', 'c'], ['b'], new Map([['b', 'B']]));
    const server = [
      { id: 'c', order_key: 2 },
      { id: 'B', order_key: 5 },
    ];
    expect(planRestore(server, intents).nextIds).toEqual(['B', 'c']);
  });

  it('skips a re-created rule someone deleted before the reorder', () => {
    const intents = restoreIntents(
      ['a', 'b', 'c'],
      ['a', 'b'],
      new Map([
        ['a', 'A'],
        ['b', 'B'],
      ]),
    );
    expect(
      planRestore(
        [
          { id: 'c', order_key: 2 },
          { id: 'B', order_key: 0 },
        ],
        intents,
      ).nextIds,
    ).toEqual(['B', 'c']);
  });
});

const letters = 'abcdefghijkl'.split('');

describe('undo of deleting any subset of a list', () => {
  it('gives back the original order by content, every rule on its own key, wherever the server put new rules', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...letters), { minLength: 1 }),
        fc.infiniteStream(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 12 }))),
        (original, picks) => {
          const choices = original.map(() => picks.next().value);
          const deleted = original.filter((_, index) => choices[index]![0]);
          const keys = Object.fromEntries(original.map((id, index) => [id, choices[index]![1]]));
          const { contents, after } = undoDelete(original, deleted, [], keys);
          expect(contents).toEqual(original);
          expect(new Set(after.map((rule) => rule.order_key)).size).toBe(after.length);
        },
      ),
    );
  });

  it('with some re-creates failed, gives back the original order without them', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...letters), { minLength: 1 }),
        fc.infiniteStream(fc.tuple(fc.constantFrom('kept', 'restored', 'failed'), fc.integer({ min: 0, max: 12 }))),
        (original, picks) => {
          const fates = original.map(() => picks.next().value);
          const deleted = original.filter((_, index) => fates[index]![0] !== 'kept');
          const failed = original.filter((_, index) => fates[index]![0] === 'failed');
          const keys = Object.fromEntries(original.map((id, index) => [id, fates[index]![1]]));
          const { contents, after } = undoDelete(original, deleted, failed, keys);
          expect(contents).toEqual(original.filter((id) => !failed.includes(id)));
          expect(new Set(after.map((rule) => rule.order_key)).size).toBe(after.length);
        },
      ),
    );
  });
});
