import { Hono, type Context } from 'hono';
import type { AppEnv } from '../app-env';
import { ApiError, problems } from '../http/api-error';
import { readLimitedText } from '../http/body';
import { fetchUpstream } from './fetch-upstream';
import { isForwardedPath, upstreamPath } from './proxy-allowlist';
import type { Upstream } from './upstream-config';

/** Only these: cookies and the console's own headers (`X-Console-Actor`, `X-Console-Plan`) never reach PostHog. */
const passedRequestHeaders = ['content-type', 'accept'];
const passedResponseHeaders = ['content-type', 'retry-after'];
/** PostHog's deprecation notice on `/api/environments/…` (RFC 9745 / 8594), kept even on an empty answer. */
const deprecationHeaders = ['deprecation', 'sunset', 'link'];

async function callUpstream(upstream: Upstream, c: Context<AppEnv>, path: string): Promise<Response> {
  const method = c.req.method;
  const headers = new Headers();
  for (const name of passedRequestHeaders) {
    const value = c.req.header(name);
    if (value !== undefined) headers.set(name, value);
  }
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readLimitedText(c.req.raw);
  return fetchUpstream(upstream, path, { method, headers, body: body === '' ? undefined : body });
}

/** Only allow-listed paths go out, always to the configured origin, and the key is redacted should it ever appear. */
export function proxyRoutes(upstream: Upstream): Hono<AppEnv> {
  const routes = new Hono<AppEnv>({ strict: false });
  routes.all('*', async (c) => {
    const { pathname, search } = new URL(c.req.url);
    if (!isForwardedPath(pathname)) throw problems.notFound();
    const response = await callUpstream(upstream, c, `${upstreamPath(pathname)}${search}`);
    if (response.status >= 300 && response.status < 400) {
      throw problems.badGateway(`PostHog answered with a redirect (${response.status}); check POSTHOG_HOST.`);
    }
    const text = (await response.text())
      .replaceAll(`${upstream.origin}/api/`, `${new URL(c.req.url).origin}/api/`)
      .replaceAll(upstream.key, '[redacted]');
    const contentType = response.headers.get('content-type') ?? '';
    // A proxy or load balancer in front of PostHog may answer HTML; the dashboard only understands the contract.
    if (response.status >= 400 && text !== '' && !contentType.includes('json')) {
      if (response.status >= 500) throw problems.badGateway(`PostHog answered ${response.status}.`);
      throw new ApiError(response.status, {
        type: 'invalid_request',
        code: 'upstream_error',
        detail: `PostHog answered ${response.status} without details.`,
        attr: null,
      });
    }
    const headers = new Headers();
    for (const name of passedResponseHeaders) {
      const value = response.headers.get(name);
      if (value !== null && text !== '') headers.set(name, value);
    }
    for (const name of deprecationHeaders) {
      const value = response.headers.get(name);
      if (value !== null)
        headers.set(name, value.replaceAll(`${upstream.origin}/api/`, `${new URL(c.req.url).origin}/api/`));
    }
    if (response.status === 429 && response.headers.has('retry-after')) {
      headers.set('retry-after', response.headers.get('retry-after')!);
    }
    return new Response(text === '' ? null : text, { status: response.status, headers });
  });
  return routes;
}
