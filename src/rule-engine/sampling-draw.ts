const samplingModulo = 10_000n;
const uuidForms = [
  /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/i,
  /^\{([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}$/i,
  /^urn:uuid:([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/i,
  /^([0-9a-f]{32})$/i,
];

/** `uuid.as_u128() % 10_000`: the 16 bytes as a big-endian integer; null when the id is not a UUID. */
export function uuidBucket(uuid: string): number | null {
  for (const form of uuidForms) {
    const found = form.exec(uuid);
    if (found) return Number(BigInt(`0x${found.slice(1).join('')}`) % samplingModulo);
  }
  return null;
}

export type SamplingDraw = { suppress: boolean; bucket: number | null; threshold: number };

/**
 * A matching suppression rule's draw (suppression.rs `should_suppress`): rate ≥ 1 always suppresses, rate ≤ 0
 * never, otherwise `bucket < (rate * 10000) as u128`. The cast truncates (0.57 → 5699) and turns NaN into 0. An
 * event id that is not a UUID is outside every partial sample.
 */
export function samplingDraw(uuid: string, rate: number): SamplingDraw {
  const bucket = uuidBucket(uuid);
  if (rate >= 1) return { suppress: true, bucket, threshold: 10_000 };
  if (rate <= 0) return { suppress: false, bucket, threshold: 0 };
  const threshold = Number.isFinite(rate) ? Math.trunc(rate * 10_000) : 0;
  return { suppress: bucket !== null && bucket < threshold, bucket, threshold };
}
