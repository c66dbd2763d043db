import { describe, expect, it } from 'vitest';
import { canMoveDown, canMoveUp, moveDown, moveItem, moveToBottom, moveToTop, moveUp } from './move-item';

const ids = ['a', 'b', 'c', 'd', 'e'];

describe('moveItem', () => {
  it('moves an item down and up, shifting the ones in between', () => {
    expect(moveItem(ids, 1, 3)).toEqual(['a', 'c', 'd', 'b', 'e']);
    expect(moveItem(ids, 4, 0)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('returns a new array and leaves the input untouched', () => {
    const input = ['a', 'b', 'c'];
    const output = moveItem(input, 0, 2);
    expect(output).toEqual(['b', 'c', 'a']);
    expect(input).toEqual(['a', 'b', 'c']);
    expect(moveItem(input, 1, 1)).not.toBe(input);
  });

  it('clamps the target to the list and ignores an out-of-range source', () => {
    expect(moveItem(ids, 2, 99)).toEqual(['a', 'b', 'd', 'e', 'c']);
    expect(moveItem(ids, 2, -3)).toEqual(['c', 'a', 'b', 'd', 'e']);
    expect(moveItem(ids, 7, 0)).toEqual(ids);
    expect(moveItem(ids, -1, 0)).toEqual(ids);
    expect(moveItem([], 0, 0)).toEqual([]);
  });
});

describe('menu moves', () => {
  it('moves to the top and the bottom', () => {
    expect(moveToTop(ids, 3)).toEqual(['d', 'a', 'b', 'c', 'e']);
    expect(moveToBottom(ids, 1)).toEqual(['a', 'c', 'd', 'e', 'b']);
  });

  it('moves one step up and down, and stays put at the ends', () => {
    expect(moveUp(ids, 2)).toEqual(['a', 'c', 'b', 'd', 'e']);
    expect(moveDown(ids, 2)).toEqual(['a', 'b', 'd', 'c', 'e']);
    expect(moveUp(ids, 0)).toEqual(ids);
    expect(moveDown(ids, 4)).toEqual(ids);
  });

  it('says which moves are possible', () => {
    expect([canMoveUp(0), canMoveUp(1)]).toEqual([false, true]);
    expect([canMoveDown(3, 5), canMoveDown(4, 5), canMoveDown(0, 1)]).toEqual([true, false, false]);
  });
});
