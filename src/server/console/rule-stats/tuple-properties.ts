import { capturedProperties, deriveExceptionProperties, type Json } from '../../../rule-engine';
import type { EventProjection } from '../../store/projected-events-repository';

/** One value per distinct JSON text: the engine keeps a leaf's verdict per value object, and finds it again. */
class Interned {
  private readonly values = new Map<string, Json>();

  of(value: Json): Json {
    if (value === null || typeof value !== 'object') return value;
    const text = JSON.stringify(value);
    const known = this.values.get(text);
    if (known !== undefined) return known;
    this.values.set(text, value);
    return value;
  }
}

/**
 * The properties of each tuple, as the grouping stage reads them: the values read, a derived `$exception_*` left out
 * where the event lacked it (the engine derives it from the list, as it would), and the client's own fingerprint.
 */
export function tupleProperties(tuples: string[], projection: EventProjection): Record<string, Json>[] {
  const interned = new Interned();
  return tuples.map((tuple) => {
    const [plain = '[]', columns = '[]', manual = '', list = ''] = tuple.split('\u0000');
    const entries = new Map<string, Json>();
    const values: Json[] = JSON.parse(plain);
    const columnValues: Json[] = JSON.parse(columns);
    projection.keys.forEach((key, index) => entries.set(key, interned.of(values[index] ?? null)));
    projection.columnKeys.forEach((key, index) => entries.set(key, interned.of(columnValues[index] ?? null)));
    if (list !== '') {
      const [missing, exceptions]: [number[], Json] = JSON.parse(list);
      projection.derived.forEach((key, index) => {
        if (missing[index] === 1) entries.delete(key);
      });
      if (exceptions !== null) entries.set('$exception_list', interned.of(exceptions));
    }
    if (manual !== '') {
      const [record, fingerprint]: [Json, Json] = JSON.parse(manual);
      const sent = capturedProperties({ $exception_fingerprint_record: record, $exception_fingerprint: fingerprint });
      if (Object.hasOwn(sent, '$exception_fingerprint')) entries.set('$exception_fingerprint', fingerprint);
    }
    return deriveExceptionProperties(Object.fromEntries(entries));
  });
}
