import type { Json } from '../../rule-engine/types';
import { captureErrors } from './capture-error';

/** One event as capture reads it (common_types::RawEvent), checked the way serde checks it. */
export type RawEvent = {
  event: string;
  uuid: string | null;
  /** The root `distinct_id` / `$distinct_id`, any JSON value, before capture's extraction. */
  distinctId: Json | undefined;
  token: string | null;
  properties: Record<string, Json>;
  timestamp: string | null;
  offset: number | null;
};

export type JsonObject = { [key: string]: Json };

export const isJsonObject = (value: Json | undefined): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const uuidHex = /^(?:urn:uuid:)?\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?$/i;

/** The spellings Rust's `Uuid::parse_str` accepts, normalized to the hyphenated lowercase form. */
export function normalizeUuid(value: string): string | null {
  const match = uuidHex.exec(value);
  return match ? match.slice(1).join('-').toLowerCase() : null;
}

function optionalString(event: JsonObject, key: string, where: string): string | null {
  const value = event[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw captureErrors.parsing(`${where}: \`${key}\` must be a string`);
  return value;
}

function firstPresent(event: JsonObject, keys: string[]): string | undefined {
  return keys.find((key) => event[key] !== undefined);
}

/**
 * `engage` is capture's `/engage` shape: no event name, read as `$identify`. Anything else without one is refused
 * the way serde refuses it, for the whole request.
 */
export function readRawEvent(value: Json, where: string, engage = false): RawEvent {
  if (!isJsonObject(value)) throw captureErrors.parsing(`${where} is not an object`);
  let event = value.event;
  if (event === undefined && engage) event = '$identify';
  if (event === undefined) throw captureErrors.parsing(`${where}: missing field \`event\``);
  if (typeof event !== 'string') throw captureErrors.parsing(`${where}: \`event\` must be a string`);

  const uuidText = optionalString(value, 'uuid', where);
  let uuid: string | null = null;
  if (uuidText !== null && uuidText !== '') {
    uuid = normalizeUuid(uuidText);
    if (uuid === null) throw captureErrors.parsing(`${where}: \`uuid\` is not a UUID: ${JSON.stringify(uuidText)}`);
  }

  const properties = value.properties ?? {};
  if (!isJsonObject(properties)) throw captureErrors.parsing(`${where}: \`properties\` must be an object`);
  for (const key of ['$set', '$set_once']) {
    const set = value[key];
    if (set !== undefined && set !== null && !isJsonObject(set)) {
      throw captureErrors.parsing(`${where}: \`${key}\` must be an object`);
    }
  }
  const offset = value.offset;
  if (offset !== undefined && offset !== null && !Number.isSafeInteger(offset)) {
    throw captureErrors.parsing(`${where}: \`offset\` must be an integer`);
  }

  const tokenKey = firstPresent(value, ['token', '$token', 'api_key']);
  const distinctKey = firstPresent(value, ['distinct_id', '$distinct_id']);
  return {
    event,
    uuid,
    distinctId: distinctKey === undefined ? undefined : value[distinctKey],
    token: tokenKey === undefined ? null : optionalString(value, tokenKey, where),
    properties,
    timestamp: optionalString(value, 'timestamp', where),
    offset: typeof offset === 'number' ? offset : null,
  };
}

/** The root token, else `properties.token` (RawEvent::extract_token). */
export function tokenOf(event: RawEvent): string | null {
  if (event.token !== null) return event.token;
  const fromProperties = event.properties.token;
  return typeof fromProperties === 'string' ? fromProperties : null;
}

/** Stringified, NUL-free, at most 200 characters; null when none (RawEvent::extract_distinct_id). */
export function distinctIdOf(event: RawEvent): string | null {
  let value = event.distinctId;
  if (value === undefined || value === null) value = event.properties.distinct_id;
  if (value === undefined || value === null) return null;
  const text = (typeof value === 'string' ? value : JSON.stringify(value)).replaceAll('\0', '\uFFFD');
  if (text.length === 0) return null;
  return text.length <= 200 ? text : [...text].slice(0, 200).join('');
}
