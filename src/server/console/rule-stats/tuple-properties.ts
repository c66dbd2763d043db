import { deriveExceptionProperties, type Json } from '../../../rule-engine';
import type { StatsProjection } from './stats-projection';

/**
 * The properties of each distinct tuple, as the grouping stage reads them (derived `$exception_*` filled in). Equal
 * texts of a column become one object, so that the engine's leaf verdicts, kept per value, are found again.
 */
export function tupleProperties(tuples: (string | null)[][], { columns }: StatsProjection): Record<string, Json>[] {
  const interned = columns.map(() => new Map<string, Json>());
  return tuples.map((tuple) => {
    const entries: [string, Json][] = [];
    tuple.forEach((text, index) => {
      if (text === null) return;
      const values = interned[index]!;
      let value = values.get(text);
      if (value === undefined) {
        const parsed: Json = JSON.parse(text);
        value = parsed;
        values.set(text, value);
      }
      entries.push([columns[index]!.key, value]);
    });
    return deriveExceptionProperties(Object.fromEntries(entries));
  });
}
