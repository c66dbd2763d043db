import { ApiError } from '../../lib/api-error';
import type { SerializedError } from './preview-messages';

/** An error as it crosses to the page: an API error keeps its status and body, so the page reads it as its own. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof ApiError) {
    return { api: { status: error.status, body: error.body, retryAfter: error.retryAfter } };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

export function deserializeError(error: SerializedError): Error {
  if ('api' in error) return new ApiError(error.api.status, error.api.body, error.api.retryAfter);
  return new Error(error.message);
}
