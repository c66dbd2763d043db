import { vi } from 'vitest';

export type StubRequest = { method: string; url: URL; headers: Headers; body: unknown; init: RequestInit | undefined };
type Handler = ((request: StubRequest) => Response | Promise<Response>) | object;

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export const notFoundBody = { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null };

/**
 * Replaces the global fetch. Routes are keyed by "METHOD /path" or "/path" (GET); a plain object
 * answers 200 with it as JSON, a function builds the Response. Anything else answers the contract's 404.
 */
export function stubFetch(routes: Record<string, Handler> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const handler = routes[`${method} ${url.pathname}`] ?? (method === 'GET' ? routes[url.pathname] : undefined);
    if (handler === undefined) return jsonResponse(404, notFoundBody);
    if (typeof handler === 'function') {
      return (handler as (request: StubRequest) => Response | Promise<Response>)({
        method,
        url,
        headers: new Headers(init?.headers),
        body,
        init,
      });
    }
    return jsonResponse(200, handler);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The paths fetched so far, in order, with their query strings. */
export function fetchedPaths(fetchMock: ReturnType<typeof stubFetch>): string[] {
  return fetchMock.mock.calls.map(([input]) => String(input));
}
