import { pythonFloatRepr } from './number-format';
import type { Json } from './types';

function pythonRepr(value: Json): string {
  if (typeof value !== 'string') return pythonStr(value);
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  const escaped = value.replace(/\\/g, '\\\\').replace(quote === "'" ? /'/g : /"/g, `\\${quote}`);
  return `${quote}${escaped.replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}${quote}`;
}

/**
 * Python's `str()` of a filter value, as `f"%{value}%"` formats it when Django compiles `icontains`: `True`,
 * `None`, `5`, `1.5`, `['a', 'b']`. An integral JSON number is read as a Python int (JSON.parse cannot tell `5.0`).
 */
export function pythonStr(value: Json): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : pythonFloatRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${pythonRepr(key)}: ${pythonRepr(item)}`)
    .join(', ')}}`;
}
