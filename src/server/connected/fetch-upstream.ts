import type { ApiError } from '../http/api-error';
import { problems } from '../http/api-error';
import type { Upstream } from './upstream-config';

export type UpstreamInit = { method: string; headers?: Headers; body?: string };

/** A failed call to PostHog as this server answers it: a silent PostHog is a 504, an unreachable one a 502. */
export function unreachableUpstream(upstream: Upstream, err: unknown): ApiError {
  if (typeof err === 'object' && err !== null && 'name' in err && err.name === 'TimeoutError') {
    return problems.gatewayTimeout(`PostHog did not answer within ${Math.round(upstream.timeoutMs / 1000)} s.`);
  }
  return problems.badGateway(`Could not reach PostHog at ${upstream.origin}.`);
}

/** Always to the configured origin, with the server's key; redirects are not followed. */
export async function fetchUpstream(upstream: Upstream, path: string, init: UpstreamInit): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${upstream.key}`);
  try {
    return await fetch(`${upstream.origin}${path}`, {
      method: init.method,
      headers,
      body: init.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(upstream.timeoutMs),
    });
  } catch (err) {
    throw unreachableUpstream(upstream, err);
  }
}
