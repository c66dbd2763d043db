import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyIntent, computeReorder, intentOfMove, tiedIds, undoIntent, type MoveIntent } from './rule-order';

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

/** A server list: some of the ids, in any order, with any keys (ties and gaps included). */
const serverList = fc
  .uniqueArray(fc.constantFrom(...ids), { minLength: 1 })
  .chain((order) =>
    fc
      .array(fc.integer({ min: 0, max: 4 }), { minLength: order.length, maxLength: order.length })
      .map((keys) => order.map((id, index) => ({ id, order_key: keys[index]! }))),
  );
const neighbour = fc.option(fc.constantFrom(...ids, 'gone'), { nil: null });
const intent: fc.Arbitrary<MoveIntent> = fc.record({
  id: fc.constantFrom(...ids),
  after: neighbour,
  before: neighbour,
  anchor: fc.constantFrom('after' as const, 'before' as const),
});

/** The keys after the server applies `orders` to `list`. */
const keysAfter = (list: { id: string; order_key: number }[], orders: Record<string, number>) =>
  list.map((rule) => ({ id: rule.id, order_key: orders[rule.id] ?? rule.order_key }));

describe('applyIntent, rebased on any server order', () => {
  it('gives a permutation of the server’s rules with the anchored neighbour next to the rule, and unique keys', () => {
    fc.assert(
      fc.property(serverList, intent, (list, move) => {
        const server = list.map((rule) => rule.id);
        const result = applyIntent(server, move);
        if (!server.includes(move.id)) {
          expect(result).toBeNull();
          return;
        }
        expect([...result!].sort()).toEqual([...server].sort());

        const at = result!.indexOf(move.id);
        const anchor = move.anchor === 'after' ? move.after : move.before;
        const anchorThere = anchor === null || (anchor !== move.id && server.includes(anchor));
        if (anchorThere && move.anchor === 'after') expect(result![at - 1] ?? null).toBe(move.after);
        if (anchorThere && move.anchor === 'before') expect(result![at + 1] ?? null).toBe(move.before);

        const keys = keysAfter(list, computeReorder(list, result!));
        expect(new Set(keys.map((rule) => rule.order_key)).size).toBe(list.length);
        const sorted = [...keys].sort((x, y) => x.order_key - y.order_key).map((rule) => rule.id);
        expect(sorted).toEqual(result);
      }),
    );
  });

  it('applied to the order it was made on, reproduces the move; undone, restores that order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2 }), fc.nat(), fc.nat(), (order, from, to) => {
        const source = from % order.length;
        const target = to % order.length;
        const next = [...order];
        const [moved] = next.splice(source, 1);
        next.splice(target, 0, moved!);
        const move = intentOfMove(order, next, moved!);
        expect(applyIntent(order, move)).toEqual(next);
        expect(applyIntent(next, undoIntent(order, moved!, move))).toEqual(order);
      }),
    );
  });
});

describe('a move on a stale view', () => {
  it('keeps both people’s moves: the other person’s move to the top, and this one’s move up', () => {
    // Seen: a b c d. Someone moved c to the top: c a b d. This person moves d above c (as they see it, up one).
    const seen = ['a', 'b', 'c', 'd'];
    const move = intentOfMove(seen, ['a', 'b', 'd', 'c'], 'd');
    expect(applyIntent(['c', 'a', 'b', 'd'], move)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('falls back to the other neighbour when the anchor was deleted, and keeps the rule in place when both were', () => {
    const move: MoveIntent = { id: 'd', after: 'a', before: 'b', anchor: 'before' };
    expect(applyIntent(['a', 'c', 'd'], move)).toEqual(['a', 'd', 'c']);
    expect(applyIntent(['c', 'd', 'e'], move)).toEqual(['c', 'd', 'e']);
  });

  it('cannot move a rule someone deleted', () => {
    expect(applyIntent(['a', 'b'], { id: 'x', after: null, before: 'a', anchor: 'before' })).toBeNull();
  });
});

describe('tiedIds', () => {
  it('names every rule that shares its key, and none of the others', () => {
    const tied = tiedIds([
      { id: 'a', order_key: 0 },
      { id: 'b', order_key: 0 },
      { id: 'c', order_key: 1 },
      { id: 'd', order_key: 2 },
      { id: 'e', order_key: 2 },
    ]);
    expect([...tied].sort()).toEqual(['a', 'b', 'd', 'e']);
  });
});
