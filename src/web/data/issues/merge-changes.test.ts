import { describe, expect, it } from 'vitest';
import { describeMergeChange, mergeChanges, reviewNow, type ReviewedIssue } from './merge-changes';

const target: ReviewedIssue = { id: 't', name: 'TypeError: cart is undefined' };
const first: ReviewedIssue = { id: 'a', name: 'TypeError: cart is null', fingerprints: 2 };
const second: ReviewedIssue = { id: 'b', name: null, fingerprints: 1 };

describe('mergeChanges', () => {
  it('finds nothing when every issue is as the review showed it', () => {
    const reread = [
      { name: target.name, fingerprints: 7 },
      { name: first.name, fingerprints: 2 },
      { name: null, fingerprints: 1 },
    ];
    // The target's own fingerprints are not part of the review.
    expect(mergeChanges([target, first, second], reread)).toEqual([]);
  });

  it('names each issue that is gone, renamed, or holds other fingerprints', () => {
    const reread = [{ name: 'Cart undefined', fingerprints: 7 }, null, { name: 'Now named', fingerprints: 3 }];
    expect(mergeChanges([target, first, second], reread)).toEqual([
      { issue: target, kind: 'renamed', name: 'Cart undefined' },
      { issue: first, kind: 'gone' },
      { issue: second, kind: 'renamed', name: 'Now named' },
      { issue: second, kind: 'fingerprints', fingerprints: 3 },
    ]);
  });

  it('reads a blank name as no name, as the screen shows both', () => {
    expect(mergeChanges([second], [{ name: '  ', fingerprints: 1 }])).toEqual([]);
  });
});

describe('reviewNow', () => {
  it('leaves gone issues out and takes the names and counts as they are now', () => {
    const reread = [null, { name: 'Now named', fingerprints: 3 }];
    expect(reviewNow([first, second], reread)).toEqual([{ id: 'b', name: 'Now named', fingerprints: 3 }]);
    expect(reviewNow([target], [{ name: 'Renamed', fingerprints: 9 }])).toEqual([{ id: 't', name: 'Renamed' }]);
  });
});

describe('describeMergeChange', () => {
  it('says what changed, naming the issue as the review did', () => {
    expect(describeMergeChange({ issue: first, kind: 'gone' })).toBe(
      '“TypeError: cart is null” no longer exists: someone merged it into another issue or deleted it meanwhile.',
    );
    expect(describeMergeChange({ issue: second, kind: 'renamed', name: 'Cart null' })).toBe(
      '“Unnamed issue” was renamed to “Cart null” meanwhile.',
    );
    expect(describeMergeChange({ issue: first, kind: 'fingerprints', fingerprints: 1 })).toBe(
      '“TypeError: cart is null” now holds 1 fingerprint, not 2.',
    );
  });
});
