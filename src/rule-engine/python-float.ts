import type { Json } from './types';

const special = /^[+-]?(?:inf|infinity|nan)$/i;
const digits = String.raw`[0-9](?:_?[0-9])*`;
const decimal = new RegExp(String.raw`^[+-]?(?:${digits}(?:\.(?:${digits})?)?|\.${digits})(?:[eE][+-]?${digits})?$`);

/** Python's `float(value)` as Django's between validation calls it, or null where Python raises. */
export function pythonFloat(value: Json): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (special.test(text)) {
    if (/nan/i.test(text)) return Number.NaN;
    return text.startsWith('-') ? -Infinity : Infinity;
  }
  return decimal.test(text) ? Number(text.replace(/_/g, '')) : null;
}
