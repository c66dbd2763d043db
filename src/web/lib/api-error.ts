import { apiErrorSchema, type ApiErrorBody } from '../../contract/errors';

/** Status 0: no answer at all. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    readonly retryAfter: number | null = null,
  ) {
    super(body.detail);
  }

  get detail(): string {
    return this.body.detail;
  }

  get code(): string {
    return this.body.code;
  }

  get attr(): string | null {
    return this.body.attr;
  }
}

export class ContractMismatchError extends Error {
  override readonly name = 'ContractMismatchError';
}

const statusNames: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function describeStatus(status: number, statusText = ''): string {
  const name = statusText || statusNames[status];
  return name ? `${status} ${name}` : String(status);
}

/** Some PostHog paths answer `{detail}` only, an empty body (the forbidden DELETE's 405) or a proxy's HTML page. */
export function errorBodyFrom(status: number, statusText: string, text: string): ApiErrorBody {
  const answer = describeStatus(status, statusText);
  if (text.trim() === '') {
    const detail =
      status === 405
        ? `The server does not allow this action (${answer}).`
        : `The server answered ${answer} with no details.`;
    return { type: 'http_error', code: 'empty_body', detail, attr: null };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      type: 'http_error',
      code: 'invalid_body',
      detail: `The server answered ${answer} with a body that is not JSON.`,
      attr: null,
    };
  }
  const parsed = apiErrorSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const partial = (json ?? {}) as Record<string, unknown>;
  return {
    type: typeof partial.type === 'string' ? partial.type : 'http_error',
    code: typeof partial.code === 'string' ? partial.code : 'unexpected_body',
    detail: typeof partial.detail === 'string' ? partial.detail : `The server answered ${answer}.`,
    attr: typeof partial.attr === 'string' ? partial.attr : null,
  };
}

export const networkErrorBody: ApiErrorBody = {
  type: 'network_error',
  code: 'network_error',
  detail: 'Could not reach the server.',
  attr: null,
};

/** Falls back to PostHog's "Expected available in N seconds." */
export function retryAfterSeconds(header: string | null, detail: string, now = Date.now()): number {
  if (header !== null && header.trim() !== '') {
    if (/^\d+$/.test(header.trim())) return Number(header.trim());
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  const match = /available in (\d+) second/i.exec(detail);
  return match ? Number(match[1]) : 10;
}

export function rateLimitMessage(seconds: number): string {
  return `PostHog is rate-limiting requests; retrying in ${seconds} s.`;
}

/** PostHog's 403 for an action older versions let no personal API key use (reorder, issues, external references). */
export function refusesPersonalKeys(error: unknown): boolean {
  return (
    error instanceof ApiError && error.status === 403 && /does not support Personal API Key access/i.test(error.detail)
  );
}

/** PostHog's 403 for a key limited to specific projects on a path that names no project (lists, organization). */
export function refusesProjectScopedKey(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 403 &&
    /scoped projects are only supported on project-based/i.test(error.detail)
  );
}

export const personalKeysNeedNewerPostHog =
  'This PostHog version does not let personal API keys do this; a newer PostHog allows it (or use PostHog’s own UI for it).';

export const projectScopedKeyMessage =
  'This API key is limited to specific projects, and PostHog answers such keys only on paths of one project. ' +
  'Listing environments and reading organization members and roles need a key with access to all projects or the organization.';

function adviceFor(error: ApiError): string | null {
  if (error.status !== 403) return null;
  const scope = /missing required scope '([^']+)'/.exec(error.detail)?.[1];
  if (scope) return `Give the key the ${scope} scope in PostHog (Settings → Personal API keys), or use another key.`;
  return null;
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429 && error.retryAfter !== null) {
      return `PostHog is rate-limiting requests; try again in ${error.retryAfter} s.`;
    }
    if (refusesPersonalKeys(error)) return personalKeysNeedNewerPostHog;
    if (refusesProjectScopedKey(error)) return projectScopedKeyMessage;
    const advice = adviceFor(error);
    return advice ? `${error.detail}. ${advice}` : error.detail;
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
