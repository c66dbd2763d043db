import { fetchUpstream, unreachableUpstream } from '../../connected/fetch-upstream';
import type { Upstream } from '../../connected/upstream-config';
import { jsonHeaders, type QueryTransport } from './query-transport';

/** PostHog with the server's key; the key is redacted should PostHog ever echo it. */
export function upstreamQueryTransport(upstream: Upstream): QueryTransport {
  return async ({ method, path, body }) => {
    const response = await fetchUpstream(upstream, path, {
      method,
      headers: new Headers(jsonHeaders),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let text: string;
    try {
      text = await response.text();
    } catch (err) {
      throw unreachableUpstream(upstream, err);
    }
    return {
      status: response.status,
      text: text.replaceAll(upstream.key, '[redacted]'),
      retryAfter: response.headers.get('retry-after'),
    };
  };
}
