import type { ApiErrorBody } from '../../contract/errors';
import { jsonResponse } from './json-response';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | null,
    readonly headers: Record<string, string> = {},
    readonly endsAfter: Promise<void> | null = null,
  ) {
    super(body?.detail ?? `HTTP ${status}`);
  }
}

const error = (status: number, type: string, code: string, detail: string, attr: string | null = null) =>
  new ApiError(status, { type, code, detail, attr });

/** PostHog's exact type/code/detail wording. */
export const problems = {
  validation: (detail: string, attr: string | null, code = 'invalid_input') =>
    error(400, 'validation_error', code, detail, attr),
  required: (attr: string) => error(400, 'validation_error', 'required', 'This field is required.', attr),
  parseError: (detail: string) => error(400, 'validation_error', 'parse_error', detail),
  notAuthenticated: () =>
    error(401, 'authentication_error', 'not_authenticated', 'Authentication credentials were not provided.'),
  authenticationFailed: (detail = 'Invalid personal API key.') =>
    error(401, 'authentication_error', 'authentication_failed', detail),
  permissionDenied: (detail: string) => error(403, 'authentication_error', 'permission_denied', detail),
  notFound: (detail = 'Not found.') => error(404, 'invalid_request', 'not_found', detail),
  methodNotAllowed: (method: string) =>
    error(405, 'invalid_request', 'method_not_allowed', `Method "${method}" not allowed.`),
  deleteForbidden: () => new ApiError(405, null),
  // The rest of the body is discarded while the answer is out; then the connection closes, never to be reused.
  tooLarge: (bodyDiscarded: Promise<void>) =>
    new ApiError(
      413,
      {
        type: 'invalid_request',
        code: 'request_too_large',
        detail: 'Request body exceeds the 1 MiB limit.',
        attr: null,
      },
      { Connection: 'close' },
      bodyDiscarded,
    ),
  unsupportedMediaType: (contentType: string) =>
    error(415, 'invalid_request', 'unsupported_media_type', `Unsupported media type "${contentType}" in request.`),
  throttled: (seconds: number) =>
    new ApiError(
      429,
      {
        type: 'throttled_error',
        code: 'throttled',
        detail: `Request was throttled. Expected available in ${seconds} seconds.`,
        attr: null,
      },
      { 'Retry-After': String(seconds) },
    ),
  badGateway: (detail: string) => error(502, 'server_error', 'bad_gateway', detail),
  gatewayTimeout: (detail: string) => error(504, 'server_error', 'gateway_timeout', detail),
  server: () => error(500, 'server_error', 'error', 'A server error occurred.'),
};

/** An error with `endsAfter` sends its whole body at once but ends the response only once that promise settles. */
export function errorResponse(err: ApiError): Response {
  if (err.body === null) return new Response(null, { status: err.status, headers: err.headers });
  return jsonResponse(err.status, err.body, err.headers, err.endsAfter);
}
