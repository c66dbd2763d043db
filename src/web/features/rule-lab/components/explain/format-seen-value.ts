import type { Json } from '../../../../../rule-engine/types';

const maxChars = 120;

/** A value as a leaf saw it, on one line: strings quoted, a missing property said as such. */
export function formatSeenValue(value: Json | undefined): string {
  if (value === undefined) return 'not set';
  const text = typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > maxChars ? `${flat.slice(0, maxChars - 1)}…` : flat;
}
