import { capturedProperties } from '../../../rule-engine';
import type { EventProjection } from '../../store/projected-events-repository';

const valuesOf = (properties: Record<string, unknown>, keys: string[]) =>
  JSON.stringify(keys.map((key) => (Object.hasOwn(properties, key) ? properties[key] : null)));

/**
 * One event's tuple text from its whole properties, in the form the SQLite reader gets it in (see
 * `iterateProjectedEvents`), so that both are read back alike (`tupleProperties`).
 */
export function projectProperties(stored: Record<string, unknown>, projection: EventProjection): string {
  const properties = capturedProperties(stored);
  const missing = projection.derived.map((key) => (Object.hasOwn(properties, key) ? 0 : 1));
  const list = Object.hasOwn(properties, '$exception_list') ? properties.$exception_list : null;
  const readList =
    projection.list === 'always' || (projection.list === 'when-missing' && Array.isArray(list) && missing.includes(1));
  const manual = Object.hasOwn(properties, '$exception_fingerprint')
    ? JSON.stringify([stored.$exception_fingerprint_record, properties.$exception_fingerprint])
    : '';
  return [
    valuesOf(properties, projection.keys),
    valuesOf(properties, projection.columnKeys),
    manual,
    readList ? JSON.stringify([missing, list]) : '',
  ].join('\u0000');
}
