import type { Json } from '../../rule-engine/types';

const first = (value: Json | undefined): string | null =>
  Array.isArray(value) && typeof value[0] === 'string' && value[0] !== '' ? value[0] : null;

/** How a stored exception reads in a list: its first type and message ("TypeError: x is undefined"). */
export function exceptionHeadline(properties: Record<string, Json>): string {
  const type = first(properties.$exception_types) ?? 'Exception';
  const message = first(properties.$exception_values);
  return message ? `${type}: ${message}` : type;
}
