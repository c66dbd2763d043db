import { describe, expect, it } from 'vitest';
import { movedFingerprints } from './moved-fingerprints';

const issue = '0190f4c4-3333-7000-8000-000000000001';
const other = '0190f4c4-3333-7000-8000-000000000002';

describe('movedFingerprints', () => {
  it('is empty while every chosen fingerprint is still in the issue', () => {
    const found = ['fp-1', 'fp-2', 'fp-3'].map((fingerprint) => ({ fingerprint, issue_id: issue }));
    expect(movedFingerprints(['fp-3', 'fp-1'], issue, found)).toEqual([]);
  });

  it('names the chosen fingerprints now in another issue or in none, in the order they were chosen', () => {
    const found = [
      { fingerprint: 'fp-1', issue_id: issue },
      { fingerprint: 'fp-2', issue_id: other },
    ];
    expect(movedFingerprints(['fp-3', 'fp-2', 'fp-1'], issue, found)).toEqual(['fp-3', 'fp-2']);
  });
});
