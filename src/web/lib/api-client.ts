import type { z } from 'zod';
import { actorHeader, planLabelHeader } from '../../contract/rule-history';
import { describeParseError } from '../../contract/rows';
import { readActorName } from './actor-name';
import { ApiError, ContractMismatchError, errorBodyFrom, networkErrorBody, retryAfterSeconds } from './api-error';
import { legacyEnvironmentPath, switchToLegacyEnvironmentPrefix } from './api-paths';
import { recordDeprecation } from './deprecation-notices';
import { clearSessionRenewalGuard, renewSessionOnce } from './session-renewal';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RequestOptions = {
  signal?: AbortSignal;
  /** Told the status of a 2xx answer, for endpoints where 200 and 201 mean different things. */
  onStatus?: (status: number) => void;
  /** Names the plan a write is one step of (a revert, an import, a copy), for the rule history. */
  planLabel?: string;
};

/** After a 429, no request leaves before this time: PostHog counts every attempt against the key. */
let throttledUntil = 0;

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (error instanceof DOMException && error.name === 'AbortError');
}

async function send(method: Method, path: string, body: unknown, options: RequestOptions): Promise<Response> {
  const delay = throttledUntil - Date.now();
  if (delay > 0) await wait(delay, options.signal);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    // The server records who wrote in the rule history (URI-encoded: names need not be ASCII).
    const actor = readActorName();
    if (actor !== null) headers[actorHeader] = encodeURIComponent(actor);
    if (options.planLabel) headers[planLabelHeader] = encodeURIComponent(options.planLabel);
  }
  try {
    return await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (isAbort(error, options.signal)) throw error;
    throw new ApiError(0, networkErrorBody);
  }
}

type Answer = { response: Response; text: string };

async function answer(method: Method, path: string, body: unknown, options: RequestOptions): Promise<Answer> {
  const response = await send(method, path, body, options);
  recordDeprecation(path, response.headers);
  return { response, text: await response.text() };
}

/** PostHog's catch-all answer for a route it does not have (not "no such object"), or a proxy's HTML page. */
function isMissingRoute({ response, text }: Answer): boolean {
  if (response.status !== 404) return false;
  const body = errorBodyFrom(response.status, response.statusText, text);
  return body.detail === 'Endpoint not found.' || body.code === 'upstream_error' || body.code === 'invalid_body';
}

/** Instances from the projects/environments split lack `/api/projects/:id/…`; a missing route did nothing: retry. */
async function answerWithFallback(method: Method, path: string, body: unknown, options: RequestOptions) {
  const first = await answer(method, path, body, options);
  const legacy = legacyEnvironmentPath(path);
  if (legacy === null || !isMissingRoute(first)) return first;
  const second = await answer(method, legacy, body, options);
  if (isMissingRoute(second)) return first;
  switchToLegacyEnvironmentPrefix();
  return second;
}

async function request(
  method: Method,
  path: string,
  body: unknown,
  schema: z.ZodType | undefined,
  options: RequestOptions,
) {
  const { response, text } = await answerWithFallback(method, path, body, options);
  if (!response.ok) {
    let errorBody = errorBodyFrom(response.status, response.statusText, text);
    if (response.status === 401 && errorBody.code === 'not_authenticated' && renewSessionOnce()) {
      errorBody = { ...errorBody, detail: 'Your session has expired; renewing it…' };
    }
    let retryAfter: number | null = null;
    if (response.status === 429) {
      retryAfter = retryAfterSeconds(response.headers.get('Retry-After'), errorBody.detail);
      throttledUntil = Date.now() + retryAfter * 1000;
    }
    throw new ApiError(response.status, errorBody, retryAfter);
  }
  clearSessionRenewalGuard();
  options.onStatus?.(response.status);
  const where = `${method} ${path}`;
  if (response.status === 204 || text === '') {
    if (schema) throw new ContractMismatchError(`The server's answer to ${where} was empty, but data was expected.`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ContractMismatchError(`The server's answer to ${where} is not JSON.`);
  }
  if (!schema) return json;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ContractMismatchError(
      `The server's answer to ${where} does not match the API contract (${describeParseError(parsed.error)}).`,
    );
  }
  return parsed.data;
}

type Read = {
  <S extends z.ZodType>(path: string, schema: S, options?: RequestOptions): Promise<z.output<S>>;
  (path: string, schema?: undefined, options?: RequestOptions): Promise<unknown>;
};
type Write = {
  <S extends z.ZodType>(path: string, body: unknown, schema: S, options?: RequestOptions): Promise<z.output<S>>;
  (path: string, body?: unknown, schema?: undefined, options?: RequestOptions): Promise<unknown>;
};

const read =
  (method: Method): Read =>
  (path: string, schema?: z.ZodType, options: RequestOptions = {}) =>
    request(method, path, undefined, schema, options);
const write =
  (method: Method): Write =>
  (path: string, body?: unknown, schema?: z.ZodType, options: RequestOptions = {}) =>
    request(method, path, body, schema, options);

export const api = {
  get: read('GET'),
  delete: read('DELETE'),
  post: write('POST'),
  put: write('PUT'),
  patch: write('PATCH'),
};

/** Tests only: forget a 429 so the next test is not held back. */
export function resetThrottle(): void {
  throttledUntil = 0;
}
