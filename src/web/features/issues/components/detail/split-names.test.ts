import { describe, expect, it } from 'vitest';
import { prefilledName, sharedNamesNote, splitRequest } from './split-names';

describe('split names', () => {
  it('start as the issue’s own name, or blank when it has none', () => {
    expect(prefilledName({ name: 'TypeError' })).toBe('TypeError');
    expect(prefilledName({ name: null })).toBe('');
  });

  it('go one per fingerprint into the request; a blank one is left out, so the issue’s name stays', () => {
    expect(
      splitRequest([
        { fingerprint: 'fp-1', name: ' Safari: Load failed ' },
        { fingerprint: 'fp-2', name: '  ' },
      ]),
    ).toEqual({
      fingerprints: [
        { fingerprint: 'fp-1', name: 'Safari: Load failed' },
        { fingerprint: 'fp-2', name: undefined },
      ],
    });
  });

  it('are flagged when new issues would share a name with each other or with the issue', () => {
    const title = 'TypeError';
    expect(sharedNamesNote([], title)).toBeNull();
    expect(
      sharedNamesNote(
        [
          { fingerprint: 'fp-1', name: 'TypeError' },
          { fingerprint: 'fp-2', name: ' ' },
        ],
        title,
      ),
    ).toBe('2 new issues would keep this issue’s name, “TypeError”. Give each a name that tells it apart.');
    expect(
      sharedNamesNote(
        [
          { fingerprint: 'fp-1', name: 'Safari' },
          { fingerprint: 'fp-2', name: 'Safari ' },
          { fingerprint: 'fp-3', name: 'Chrome' },
        ],
        title,
      ),
    ).toBe('2 new issues would be named “Safari”. Give each a name that tells it apart.');
    expect(
      sharedNamesNote(
        [
          { fingerprint: 'fp-1', name: 'Safari' },
          { fingerprint: 'fp-2', name: 'Chrome' },
        ],
        title,
      ),
    ).toBeNull();
  });
});
