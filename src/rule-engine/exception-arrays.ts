import { HogError } from './hog-error';
import type { Json } from './types';

/** The four properties Django compiles to `arrayExists(v -> …, JSONExtract(ifNull(properties.<key>, ''), …))`. */
export const exceptionArrayKeys: ReadonlySet<string> = new Set([
  '$exception_types',
  '$exception_values',
  '$exception_sources',
  '$exception_functions',
]);

function jsonExtract(value: Json): Json {
  if (typeof value !== 'string') return value;
  try {
    const parsed: Json = JSON.parse(value);
    return parsed;
  } catch {
    // JSONExtract is wrapped in err_to_null.
    return null;
  }
}

/**
 * What `arrayExists` iterates for one of those keys: `ifNull(x, '')` (a missing key reads as ''), `JSONExtract`
 * (a string is parsed as JSON, anything else passes through), then `values()`, which takes an array's elements or
 * an object's values and errors on anything else, so a missing array is an error.
 */
export function exceptionArrayElements(property: Json | undefined): Json[] {
  const extracted = jsonExtract(property ?? '');
  if (Array.isArray(extracted)) return extracted;
  if (extracted !== null && typeof extracted === 'object') return Object.values(extracted);
  throw new HogError('values() only supports arrays and objects');
}
