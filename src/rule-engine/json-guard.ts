import type { Json } from './types';

const maxDepth = 64;

/** Whether a value read from stored filters is JSON (and not absurdly deep): anything else is a broken filter. */
export function isJson(value: unknown, depth = 0): value is Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number')
    return true;
  if (depth >= maxDepth || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.every((item) => isJson(item, depth + 1));
  return Object.values(value).every((item) => isJson(item, depth + 1));
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export type JsonObject = { [key: string]: Json };

export const isJsonObject = (value: Json | undefined): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** An own property only: a key such as "constructor" must not reach Object.prototype. */
export const ownProperty = (properties: Record<string, Json>, key: string): Json | undefined =>
  Object.hasOwn(properties, key) ? properties[key] : undefined;
