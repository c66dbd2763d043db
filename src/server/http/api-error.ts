import type { ApiErrorBody } from '../../contract/errors';

/** An error answered to the client as-is: status, contract-shaped body (or none), extra headers. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | null,
    readonly headers: Record<string, string> = {},
  ) {
    super(body?.detail ?? `HTTP ${status}`);
  }
}

const error = (status: number, type: string, code: string, detail: string, attr: string | null = null) =>
  new ApiError(status, { type, code, detail, attr });

/** The errors PostHog's API answers, with its exact type/code/detail wording. */
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
  /** External references and fingerprints refuse DELETE with an empty 405. */
  deleteForbidden: () => new ApiError(405, null),
  // The unread rest of the body is still on the socket: close it so no client reuses the connection.
  tooLarge: () =>
    new ApiError(
      413,
      {
        type: 'invalid_request',
        code: 'request_too_large',
        detail: 'Request body exceeds the 1 MiB limit.',
        attr: null,
      },
      { Connection: 'close' },
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

/** Renders an ApiError; a null body (the forbidden-DELETE 405) goes out with no content-type. */
export function errorResponse(err: ApiError): Response {
  const headers = new Headers(err.headers);
  if (err.body === null) return new Response(null, { status: err.status, headers });
  headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(err.body), { status: err.status, headers });
}
