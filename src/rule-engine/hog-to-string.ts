import { hogNumOf } from './hog-number';
import { positionalDecimal } from './number-format';
import type { Json } from './types';

/**
 * HogVM `toString` (stl.rs `to_string`): null → "null", booleans → "true"/"false", integers in decimal, floats as
 * Rust prints an f64 (shortest digits, never an exponent), strings unchanged, arrays as "[a, b]" and objects as
 * "{k: v}" with their items stringified the same way, strings unquoted.
 */
export function hogToString(value: Json): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return hogNumOf(value).integer ? BigInt(value).toString() : positionalDecimal(value);
  if (Array.isArray(value)) return `[${value.map(hogToString).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${key}: ${hogToString(item)}`)
    .join(', ')}}`;
}
