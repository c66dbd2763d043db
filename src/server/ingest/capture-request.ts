import type { Json } from '../../rule-engine/types';
import { exceedsJsonDepth } from '../http/json-depth';
import { captureErrors } from './capture-error';
import { isJsonObject, readRawEvent, tokenOf, type RawEvent } from './raw-event';

export type CaptureRequest = {
  events: RawEvent[];
  /** The batch's own `api_key` / `token`: it wins over the events' (extract_and_verify_token). */
  batchToken: string | null;
  /** The batch's `sent_at`, for clock-skew correction. */
  sentAt: Date | null;
};

// serde_json's own nesting limit.
const maxDepth = 128;

function parseJson(text: string): Json {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (err) {
    throw captureErrors.parsing((err as Error).message);
  }
  if (exceedsJsonDepth(value, maxDepth)) throw captureErrors.parsing('recursion limit exceeded');
  return value;
}

function sentAtOf(value: Json | undefined): Date | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time);
}

/**
 * capture's untagged `RawRequest`: an array of events (posthog-js), a batch `{api_key, batch, sent_at}`
 * (posthog-node and the server SDKs), or one event. One bad event refuses the whole request, as serde does.
 */
function readRequest(value: Json, path: string): CaptureRequest {
  if (Array.isArray(value)) {
    return { events: value.map((item, index) => readRawEvent(item, `event ${index}`)), batchToken: null, sentAt: null };
  }
  if (!isJsonObject(value)) throw captureErrors.parsing('the body is neither an event, a list of events nor a batch');
  const batchToken = value.api_key ?? value.token;
  if (Array.isArray(value.batch) && typeof batchToken === 'string') {
    return {
      events: value.batch.map((item, index) => readRawEvent(item, `batch[${index}]`)),
      batchToken,
      sentAt: sentAtOf(value.sent_at),
    };
  }
  if (value.event === undefined && !path.startsWith('/engage')) {
    throw captureErrors.hydration(
      Array.isArray(value.batch) ? 'a batch needs its `api_key`' : 'non-engage request missing event name attribute',
    );
  }
  return { events: [readRawEvent(value, 'the event', path.startsWith('/engage'))], batchToken: null, sentAt: null };
}

/** PostHog's client-side timing events never enter ingestion. */
const filteredEvents = new Set(['$performance_event']);

export function parseCaptureRequest(text: string, path: string): CaptureRequest {
  const request = readRequest(parseJson(text), path);
  if (request.events.length === 0) throw captureErrors.emptyBatch();
  return { ...request, events: request.events.filter((event) => !filteredEvents.has(event.event)) };
}

/** rust/capture/src/token.rs `validate_token`: the trimmed token, or why its shape is wrong. */
function validateToken(token: string): string {
  const trimmed = token.trim();
  if (trimmed === '') throw captureErrors.invalidToken('empty');
  if (trimmed.length > 64) throw captureErrors.invalidToken('too_long');
  if ([...trimmed].some((char) => char.charCodeAt(0) > 0x7f)) throw captureErrors.invalidToken('not_ascii');
  if (trimmed.startsWith('phx_')) throw captureErrors.invalidToken('personal_api_key');
  if (trimmed.includes('\0')) throw captureErrors.invalidToken('null_byte');
  return trimmed;
}

/** One token for the whole request (rust/capture/src/utils.rs `extract_and_verify_token`). */
export function requestToken({ events, batchToken }: CaptureRequest): string {
  if (batchToken !== null) return validateToken(batchToken);
  const tokens = new Set(events.map(tokenOf).filter((token) => token !== null));
  if (tokens.size > 1) throw captureErrors.multipleTokens();
  const [token] = tokens;
  if (token === undefined) throw captureErrors.noToken();
  return validateToken(token);
}

/** For counting a refused request against its environment: any token the body names, and how many events it held. */
export function refusedRequestOf(text: string): { token: string | null; events: number } {
  try {
    const value = JSON.parse(text) as Json;
    const events = Array.isArray(value)
      ? value
      : isJsonObject(value) && Array.isArray(value.batch)
        ? value.batch
        : [value];
    for (const item of isJsonObject(value) ? [value, ...events] : events) {
      if (!isJsonObject(item)) continue;
      const token = [item.api_key, item.token, item.$token].find((candidate) => typeof candidate === 'string');
      if (typeof token === 'string') return { token, events: events.length };
      const { properties } = item;
      if (isJsonObject(properties) && typeof properties.token === 'string') {
        return { token: properties.token, events: events.length };
      }
    }
    return { token: null, events: events.length };
  } catch {
    return { token: null, events: 0 };
  }
}
