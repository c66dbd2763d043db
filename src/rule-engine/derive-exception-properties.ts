import { exceptionEntries, frameFunction, frameSource, inAppFrames } from './exception-list';
import { isJsonObject } from './json-guard';
import type { Json } from './types';

const unique = (values: (string | undefined)[]): string[] => [
  ...new Set(values.filter((value): value is string => typeof value === 'string' && value.length > 0)),
];

/**
 * The `$exception_*` properties cymbal computes from `$exception_list` (spec 10.3, the crates layout: first-seen
 * order, empty strings skipped), filled in where the event does not already carry them: stored values are what
 * cymbal computed at ingestion. Without an `$exception_list` nothing is derived.
 */
export function deriveExceptionProperties(properties: Record<string, Json>): Record<string, Json> {
  const derived: Record<string, Json> = { ...properties };
  if (!Object.hasOwn(properties, '$exception_list') || !Array.isArray(properties.$exception_list)) return derived;
  const exceptions = exceptionEntries(properties);
  const frames = exceptions.flatMap(inAppFrames);
  const computed: Record<string, () => Json> = {
    $exception_types: () =>
      unique(exceptions.map((exception) => (typeof exception.type === 'string' ? exception.type : undefined))),
    $exception_values: () =>
      unique(exceptions.map((exception) => (typeof exception.value === 'string' ? exception.value : undefined))),
    $exception_sources: () => unique(frames.map(frameSource)),
    $exception_functions: () => unique(frames.map(frameFunction)),
    $exception_handled: () => {
      const first = properties.$exception_list;
      const mechanism = Array.isArray(first) && isJsonObject(first[0]) ? first[0].mechanism : undefined;
      return isJsonObject(mechanism) && typeof mechanism.handled === 'boolean' ? mechanism.handled : false;
    },
  };
  for (const [key, compute] of Object.entries(computed)) {
    if (!Object.hasOwn(properties, key)) derived[key] = compute();
  }
  return derived;
}
