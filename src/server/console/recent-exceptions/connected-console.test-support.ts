import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../app';
import type { Upstream } from '../../connected/upstream-config';
import { openDatabase } from '../../store/database';

export type UpstreamRequest = { method: string; path: string; body: unknown };
type Handler = (request: Request, forward: () => Promise<Response>) => Response | Promise<Response>;

/**
 * A PostHog on a port: `fetch` answers (the local server, usually), unless a test injects an answer for the next
 * request matching "METHOD /path". Every request is recorded.
 */
export async function startUpstream(fetch: (request: Request) => Response | Promise<Response>) {
  const requests: UpstreamRequest[] = [];
  /** Each request's headers, at the same index as in `requests`. */
  const headers: Headers[] = [];
  const injected: Array<{ route: string; handle: Handler }> = [];
  const server: ServerType = serve({
    fetch: async (request: Request) => {
      const path = new URL(request.url).pathname;
      const text = await request.clone().text();
      requests.push({ method: request.method, path, body: text ? JSON.parse(text) : undefined });
      headers.push(request.headers);
      const index = injected.findIndex(({ route }) => route === `${request.method} ${path}`);
      const forward = () => Promise.resolve(fetch(request));
      const handler = index === -1 ? undefined : injected.splice(index, 1)[0];
      return handler ? handler.handle(request, forward) : forward();
    },
    port: 0,
    hostname: '127.0.0.1',
  });
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    headers,
    injectNext: (route: string, handle: Handler) => injected.push({ route, handle }),
    close: () => server.close(),
  };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

type ConsoleCallOptions = { body?: unknown; headers?: Record<string, string> };

/** This server in connected mode, called as the dashboard calls it: with its session, same-origin. */
export function connectedConsole(upstream: Upstream) {
  const app = createApp({ db: openDatabase(':memory:'), dashboardToken: null, distDir: '/nonexistent', upstream });
  let cookie = '';
  return async (path: string, method = 'GET', { body, headers = {} }: ConsoleCallOptions = {}) => {
    if (!cookie) {
      cookie = /tc_session=[^;]+/.exec((await app.request('/auth/session')).headers.get('set-cookie') ?? '')![0];
    }
    const response = await app.request(path, {
      method,
      headers: {
        Cookie: cookie,
        'Sec-Fetch-Site': 'same-origin',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
  };
}
