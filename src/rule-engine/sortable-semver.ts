import { hogToString } from './hog-to-string';
import type { Json } from './types';

const version = /([0-9]+(?:\.[0-9]+)+)/;
const i64Max = 2n ** 63n - 1n;

/**
 * Hog's `sortableSemver`: the first dotted run of digits, split on `.`, each part an integer (`toInt`, null when it
 * overflows an i64); null or no such run gives `[]`. So `1.2.3-beta` → [1, 2, 3] and "abc" → [].
 */
export function sortableSemver(value: Json): Json[] {
  if (value === null) return [];
  const found = version.exec(hogToString(value));
  if (!found) return [];
  return found[1]!.split('.').map((part) => (BigInt(part) > i64Max ? null : Number(part)));
}
