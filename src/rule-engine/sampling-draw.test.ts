import { describe, expect, it } from 'vitest';
import { samplingDraw, uuidBucket } from './sampling-draw';

const uuidOf = (value: bigint) => {
  const hex = value.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

describe('sampling draw', () => {
  it('reads the uuid as a 128-bit big-endian integer, mod 10000', () => {
    expect(uuidBucket(uuidOf(4999n))).toBe(4999);
    expect(uuidBucket(uuidOf(10_000n))).toBe(0);
    expect(uuidBucket('ffffffff-ffff-ffff-ffff-ffffffffffff')).toBe(Number((2n ** 128n - 1n) % 10_000n));
    expect(uuidBucket('0190B6F2-7D3C-7A1B-9C4E-5F6A7B8C9D0E')).toBe(
      Number(0x0190b6f27d3c7a1b9c4e5f6a7b8c9d0en % 10_000n),
    );
    expect(uuidBucket('00000000000000000000000000001387')).toBe(4999);
    expect(uuidBucket('{00000000-0000-0000-0000-000000001387}')).toBe(4999);
  });

  it.each([
    [4999n, 0.5, true],
    [5000n, 0.5, false],
    [5698n, 0.57, true],
    [5699n, 0.57, false],
    [0n, 0.0001, true],
    [1n, 0.0001, false],
    [9999n, 0.9999, false],
    [9998n, 0.9999, true],
  ])('bucket %i at rate %d suppresses: %s', (bucket, rate, suppress) => {
    expect(samplingDraw(uuidOf(bucket), rate).suppress).toBe(suppress);
  });

  it('rate ≥ 1 always, ≤ 0 never', () => {
    expect(samplingDraw(uuidOf(9999n), 1)).toEqual({ suppress: true, bucket: 9999, threshold: 10_000 });
    expect(samplingDraw(uuidOf(0n), 0)).toEqual({ suppress: false, bucket: 0, threshold: 0 });
    expect(samplingDraw(uuidOf(0n), -1).suppress).toBe(false);
    expect(samplingDraw(uuidOf(0n), Number.NaN)).toEqual({ suppress: false, bucket: 0, threshold: 0 });
  });

  it('an id that is not a UUID is suppressed only at rate ≥ 1', () => {
    expect(samplingDraw('not-a-uuid', 1)).toEqual({ suppress: true, bucket: null, threshold: 10_000 });
    expect(samplingDraw('not-a-uuid', 0.9999)).toEqual({ suppress: false, bucket: null, threshold: 9999 });
    expect(samplingDraw('', 0.5).suppress).toBe(false);
  });
});
