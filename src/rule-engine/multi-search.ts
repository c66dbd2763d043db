import { hogToString } from './hog-to-string';
import type { Json } from './types';

/** `multiSearchAnyCaseInsensitive(hay, needles)`: a literal substring test after Rust's full `to_lowercase`. */
export function multiSearchAnyCaseInsensitive(haystack: Json, needles: readonly string[]): boolean {
  const hay = hogToString(haystack).toLowerCase();
  return needles.some((needle) => hay.includes(needle.toLowerCase()));
}
