import { jsonResponse } from '../http/json-response';

/**
 * A refusal as PostHog's capture answers it: `{status, code, error}` with capture's own wording
 * (rust/capture/src/api.rs: `ErrorBody`, `CaptureError::code()` and `status_code()`).
 */
export class CaptureError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly endsAfter: Promise<void> | null = null,
  ) {
    super(message);
  }
}

export const captureErrors = {
  decoding: (detail: string) => new CaptureError(400, 'request_decoding_error', `failed to decode request: ${detail}`),
  parsing: (detail: string) => new CaptureError(400, 'request_parsing_error', `failed to parse request: ${detail}`),
  hydration: (detail: string) =>
    new CaptureError(400, 'request_hydration_error', `failed to hydrate events from request: ${detail}`),
  emptyPayload: () => new CaptureError(400, 'empty_payload', 'request missing data payload'),
  emptyBatch: () => new CaptureError(400, 'empty_batch', 'request holds no event'),
  missingEventName: () => new CaptureError(400, 'missing_event_name', 'event submitted with an empty event name'),
  missingDistinctId: () => new CaptureError(400, 'missing_distinct_id', 'event submitted without a distinct_id'),
  invalidCookielessMode: () =>
    new CaptureError(400, 'invalid_cookieless_mode', 'event submitted with invalid cookieless mode'),
  multipleTokens: () => new CaptureError(400, 'unroutable_events', 'batch submitted with inconsistent api_key values'),
  // Nothing presented is a 401; a token that names no project a 403, as capture splits them.
  noToken: () => new CaptureError(401, 'ingest_key_required', 'event submitted without an api_key'),
  invalidToken: (reason: string) => new CaptureError(403, 'ingest_key_unknown', `API key is not valid: ${reason}`),
  unknownToken: () => new CaptureError(403, 'ingest_key_unknown', 'api_key does not resolve to a known project'),
  tooLarge: (detail: string, endsAfter: Promise<void> | null = null) =>
    new CaptureError(413, 'payload_too_large', `maximum event size exceeded: ${detail}`, endsAfter),
  internal: () => new CaptureError(500, 'internal_error', 'internal server error'),
};

export function captureErrorResponse(err: CaptureError): Response {
  const headers: Record<string, string> = err.endsAfter === null ? {} : { Connection: 'close' };
  return jsonResponse(err.status, { status: err.status, code: err.code, error: err.message }, headers, err.endsAfter);
}
