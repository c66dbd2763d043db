import { HogError } from './hog-error';
import { hogTruthy, hogTypeName } from './hog-type';
import { rustRegex } from './rust-regex';
import type { Json } from './types';

/**
 * HogVM `match(value, pattern)`: false when either is falsy (so an empty value or pattern never matches and is
 * never compiled), otherwise both must be strings and the pattern is searched for, unanchored and case-sensitive.
 */
export function hogMatch(value: Json, pattern: Json): boolean {
  if (!hogTruthy(value) || !hogTruthy(pattern)) return false;
  if (typeof value !== 'string') throw new HogError(`match() expects a String value, got ${hogTypeName(value)}`);
  if (typeof pattern !== 'string') throw new HogError(`match() expects a String pattern, got ${hogTypeName(pattern)}`);
  return rustRegex(pattern).test(value);
}
