import { hogNumEquals, hogNumOf, parseHogNum } from './hog-number';
import { hogTypeName } from './hog-type';
import type { Json } from './types';

type JsonObject = { [key: string]: Json };
const isObject = (value: Json): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Same variant: HogValue's derived PartialEq, structural and without coercion inside arrays and objects. */
function structurallyEqual(a: Json, b: Json): boolean {
  if (typeof a === 'number' && typeof b === 'number') return hogNumEquals(hogNumOf(a), hogNumOf(b));
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => structurallyEqual(item, b[index]!));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && structurallyEqual(a[key]!, b[key]!))
    );
  }
  return a === b;
}

function numberEquals(number: number, other: Json): boolean {
  if (typeof other === 'boolean') return hogNumEquals(hogNumOf(number), hogNumOf(other ? 1 : 0));
  if (typeof other !== 'string') return false;
  const parsed = parseHogNum(other);
  return parsed !== null && hogNumEquals(hogNumOf(number), parsed);
}

/**
 * HogVM `=` (values.rs `equals`): coerce, then compare; values that cannot be coerced are simply not equal.
 * Number/String parses the string (i64, then f64); Number/Boolean reads the bool as 1 or 0; String/Boolean compares
 * `s.to_lowercase() == "true"` with the bool. Null equals only null.
 */
export function hogEquals(a: Json, b: Json): boolean {
  if (hogTypeName(a) === hogTypeName(b)) return structurallyEqual(a, b);
  if (typeof a === 'number') return numberEquals(a, b);
  if (typeof b === 'number') return numberEquals(b, a);
  if (typeof a === 'boolean' && typeof b === 'string') return (b.toLowerCase() === 'true') === a;
  if (typeof a === 'string' && typeof b === 'boolean') return (a.toLowerCase() === 'true') === b;
  return false;
}
