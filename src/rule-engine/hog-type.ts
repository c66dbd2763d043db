import type { Json } from './types';

export type HogTypeName = 'Null' | 'Boolean' | 'Number' | 'String' | 'Array' | 'Object';

/** The HogVM type names, as its error messages spell them. */
export function hogTypeName(value: Json): HogTypeName {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'Array';
  switch (typeof value) {
    case 'boolean':
      return 'Boolean';
    case 'number':
      return 'Number';
    case 'string':
      return 'String';
    default:
      return 'Object';
  }
}

/** HogVM truthiness (newest VM): false, 0, NaN, "" and null are falsy. */
export const hogTruthy = (value: Json): boolean =>
  !(value === null || value === false || value === 0 || value === '' || Number.isNaN(value));
